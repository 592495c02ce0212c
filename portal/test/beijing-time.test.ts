import { describe, expect, it } from "vitest"
import { formatBeijing, fromBeijingInput, toBeijingInput } from "../src/lib/beijing-time"

describe("event times in Beijing time", () => {
  it("reads a datetime-local value as Beijing wall time, whatever the computer's zone", () => {
    expect(new Date(fromBeijingInput("2027-03-21T10:00")).toISOString()).toBe("2027-03-21T02:00:00.000Z")
    expect(fromBeijingInput("")).toBe("")
  })

  it("writes an instant back as the Beijing wall time it is, across midnight", () => {
    expect(toBeijingInput("2027-03-20T18:30:00.000Z")).toBe("2027-03-21T02:30")
    expect(toBeijingInput(new Date(fromBeijingInput("2027-12-31T23:59")).toISOString())).toBe("2027-12-31T23:59")
  })

  it("shows an instant in Beijing time", () => {
    expect(formatBeijing("2027-03-21T02:00:00.000Z", "en")).toContain("10:00")
    // Uzbek as Uzbekistan writes it, whatever locale data the runtime has (Debian's Chromium has none for Uzbek).
    expect(formatBeijing("2027-03-20T18:30:00.000Z", "uz")).toBe("21.03.2027 02:30")
  })
})
