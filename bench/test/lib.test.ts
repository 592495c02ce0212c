import { describe, expect, it } from "vitest"
import { calibratedCpuSlowdown, summary } from "../lib"

describe("calibratedCpuSlowdown", () => {
  it("gives Lighthouse's documented multipliers at the bracket edges", () => {
    expect(calibratedCpuSlowdown(150)).toBe(1)
    expect(calibratedCpuSlowdown(800)).toBe(2)
    expect(calibratedCpuSlowdown(1300)).toBe(3)
    expect(calibratedCpuSlowdown(1533)).toBe(4)
    expect(calibratedCpuSlowdown(2000)).toBeCloseTo(6, 2)
  })

  it("interpolates inside a bracket", () => {
    expect(calibratedCpuSlowdown(475)).toBeCloseTo(1.5, 5)
    expect(calibratedCpuSlowdown(1050)).toBeCloseTo(2.5, 5)
  })

  it("has no multiplier for a host too slow to emulate the target, or no reading", () => {
    expect(calibratedCpuSlowdown(149)).toBeUndefined()
    expect(calibratedCpuSlowdown(Number.NaN)).toBeUndefined()
  })
})

describe("summary", () => {
  it("gives nearest-rank percentiles of unsorted samples, rounded to a tenth", () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i + 0.04)
    expect(summary(samples)).toEqual({ n: 100, p50_ms: 50, p95_ms: 95, p99_ms: 99, max_ms: 100 })
  })

  it("leaves the caller's samples in their order", () => {
    const samples = [3, 1, 2]
    summary(samples)
    expect(samples).toEqual([3, 1, 2])
  })
})
