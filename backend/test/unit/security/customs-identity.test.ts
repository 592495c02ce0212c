import { describe, expect, it } from "vitest"
import { checkCharacter, IdNumberError, parseIdNumber } from "../../../src/modules/customs/id-number"
import { customsMessage, idNumberMessageKey } from "../../../src/modules/customs/messages"
import { normalizeRealName, realNameProblem, sameRealName } from "../../../src/modules/customs/real-name"
import { assessCustoms, quotaYear } from "../../../src/modules/customs/rules"

const withCheck = (first17: string) => first17 + checkCharacter(first17)

describe("the quota year is Beijing's calendar year", () => {
  it("puts 1 January 00:00 in Beijing (31 December 16:00 UTC) in the new year, one second before in the old", () => {
    expect(quotaYear(new Date("2026-12-31T15:59:59.999Z"))).toBe(2026)
    expect(quotaYear(new Date("2026-12-31T16:00:00.000Z"))).toBe(2027)
    // A UTC server's 1 January 00:00–08:00 is still in the Beijing year it is.
    expect(quotaYear(new Date("2027-01-01T07:59:59Z"))).toBe(2027)
    expect(quotaYear(new Date("2027-12-31T15:59:59Z"))).toBe(2027)
  })
})

describe("refusals of an ID number never repeat its digits (they reach the log)", () => {
  const cases = [
    "990106199003071531", // unknown region
    "440106199002301531", // 30 February
    withCheck("44010619900307153").slice(0, 17) + "0", // wrong check character (unless 0 is right)
    "4401061990030715", // too short
    "44010619900307ABCX",
  ]
  for (const value of cases) {
    it(`says what is wrong with ${value.slice(0, 2)}… without its digits`, () => {
      let problem: IdNumberError | undefined
      try {
        parseIdNumber(value)
      } catch (e) {
        problem = e as IdNumberError
      }
      if (!problem) return expect(checkCharacter(value.slice(0, 17))).toBe(value[17]) // the "wrong" check was right
      for (const locale of ["en", "zh-CN"]) {
        const message = customsMessage(locale, idNumberMessageKey(problem.problem), problem.detail)
        expect(message).toMatch(/ID number|身份证号码/)
        for (const digits of [value.slice(0, 6), value.slice(6, 14), value.slice(14)]) expect(message).not.toContain(digits)
      }
      expect(JSON.stringify(problem.detail)).not.toMatch(/\d{4}/)
    })
  }
})

describe("real names", () => {
  it("accepts mainland names of 2 to 20 Chinese characters, with a middle dot between parts", () => {
    for (const name of ["王芳", "欧阳娜娜", "阿依古丽·买买提", normalizeRealName("阿依古丽 • 买买提")]) {
      expect(realNameProblem(name, "mainland")).toBeNull()
    }
  })

  it("refuses markup, Latin letters, one character, digits and dots at the edges for a mainland ID", () => {
    for (const name of ["<b>王芳</b>", "Wang Fang", "王", "王芳1", "·王芳", "王芳·", "王··芳", "王".repeat(21)]) {
      expect(realNameProblem(normalizeRealName(name), "mainland")).toBe("chinese")
    }
  })

  it("lets Hong Kong and Macau residence permits carry a Latin name, Taiwan's the Chinese name", () => {
    expect(realNameProblem("CHAN TAI MAN", "hong_kong")).toBeNull()
    expect(realNameProblem("Lei Ka-Wai", "macau")).toBeNull()
    expect(realNameProblem("CHAN <TAI>", "hong_kong")).toBe("chinese_or_latin")
    expect(realNameProblem("CHEN MEI", "taiwan")).toBe("chinese")
    expect(realNameProblem("陈美", "taiwan")).toBeNull()
  })

  it("compares names as written on the card: spacing around the dot and Latin case do not matter", () => {
    expect(sameRealName("阿依古丽·买买提", "阿依古丽 · 买买提")).toBe(true)
    expect(sameRealName("chan tai man", "CHAN TAI MAN")).toBe(true)
    expect(sameRealName("王芳", "王方")).toBe(false)
  })

  it("names the rule in the refusal, in both languages", () => {
    expect(customsMessage("en", "real_name.chinese")).toMatch(/Real name: 2 to 20 Chinese characters/)
    expect(customsMessage("zh-CN", "real_name.chinese")).toMatch(/真实姓名：应为 2 至 20 个汉字/)
  })
})

describe("the per-order excess is computed in fen", () => {
  it("says 0.01 for RMB 5,000.01, with no floating-point residue", () => {
    const a = assessCustoms([{ quantity: 1, amount: 4975.01, cross_border: true, indivisible: false }], 25)
    expect(a.order_excess).toBe(0.01)
    expect(assessCustoms([{ quantity: 3, amount: 4999.99, cross_border: true, indivisible: false }], 0.02).order_excess).toBe(0.01)
  })
})
