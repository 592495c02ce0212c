import { describe, expect, it } from "vitest"
import { calendarFile, escapeText, foldLine } from "@/lib/ics"

describe("an event as an iCalendar file", () => {
  const file = calendarFile({
    uid: "pev_1@bozor",
    title: "Honey tasting; Zaamin, Jizzakh",
    description: "Three honeys.\nBuy at the centre's price.",
    location: "Pazhou, Guangzhou",
    startsAt: new Date("2027-01-16T14:00:00+08:00"),
    endsAt: new Date("2027-01-16T16:00:00+08:00"),
    stamp: new Date("2026-12-03T00:00:00Z"),
  })

  it("writes Beijing times as UTC and escapes commas, semicolons and line breaks", () => {
    expect(file).toContain("DTSTART:20270116T060000Z\r\n")
    expect(file).toContain("DTEND:20270116T080000Z\r\n")
    expect(file).toContain("SUMMARY:Honey tasting\\; Zaamin\\, Jizzakh\r\n")
    expect(file).toContain("DESCRIPTION:Three honeys.\\nBuy at the centre's price.\r\n")
    expect(file.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true)
    expect(file.endsWith("END:VCALENDAR\r\n")).toBe(true)
  })

  it("folds long lines at 75 octets without splitting a Chinese character", () => {
    const line = `SUMMARY:${"扎阿明山花蜂蜜品鉴会".repeat(6)}`
    const folded = foldLine(line)
    const parts = folded.split("\r\n")
    expect(parts.length).toBeGreaterThan(1)
    for (const part of parts) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75)
    expect(parts.slice(1).every((p) => p.startsWith(" "))).toBe(true)
    expect(parts.map((p, i) => (i ? p.slice(1) : p)).join("")).toBe(line)
    expect(escapeText("a\\b")).toBe("a\\\\b")
  })
})
