import { describe, expect, it } from "vitest"
import { completeness, meterTone } from "../src/lib/completeness"

describe("completeness meter", () => {
  it("weighs the title most, then the description, then the subtitle", () => {
    expect(completeness(undefined)).toBe(0)
    expect(completeness({ title: "蜂蜜" })).toBe(50)
    expect(completeness({ title: "蜂蜜", description: "山花蜜" })).toBe(80)
    expect(completeness({ subtitle: "500 克" })).toBe(20)
    expect(completeness({ title: "蜂蜜", subtitle: "500 克", description: "山花蜜" })).toBe(100)
  })

  it("counts blank and cleared text as missing", () => {
    expect(completeness({ title: "   ", subtitle: "", description: null })).toBe(0)
  })

  it("turns green only when complete", () => {
    expect(meterTone(0)).toBe("red")
    expect(meterTone(50)).toBe("orange")
    expect(meterTone(100)).toBe("green")
  })
})
