import { describe, expect, it } from "vitest"
import { formatCny, formatDate } from "../src/i18n/format"

describe("dates and yuan in each portal language", () => {
  it("writes Uzbek dates as day.month.year whatever locale data the runtime has", () => {
    expect(formatDate("2026-12-03T10:00:00Z", "uz")).toBe("03.12.2026")
  })

  it("formats yuan with the language's own conventions", () => {
    expect(formatCny(1234.5, "zh-CN")).toBe("¥1,234.50")
    expect(formatCny(1234.5, "ru")).toMatch(/^1\s234,50\sCN¥$/)
  })
})
