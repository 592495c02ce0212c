import { describe, expect, it } from "vitest"
import { checkCharacter, IdNumberError, maskIdNumber, parseIdNumber } from "../../src/modules/customs/id-number"

/** Builds a valid number from its first 17 characters, so the test data does not hide its check characters. */
const valid = (first17: string) => first17 + checkCharacter(first17)

function problemOf(value: string) {
  try {
    parseIdNumber(value)
  } catch (e) {
    if (e instanceof IdNumberError) return e.problem
    throw e
  }
  return "none"
}

describe("GB 11643 ID numbers", () => {
  it("computes the ISO 7064 MOD 11-2 check character of the standard's worked example", () => {
    // GB 11643-1999 appendix: 11010519491231002X
    expect(checkCharacter("11010519491231002")).toBe("X")
    expect(parseIdNumber("11010519491231002X")).toMatchObject({ sex: "female", birthDate: "1949-12-31", kind: "mainland" })
  })

  it("accepts men and women, and an X written in lower case", () => {
    const man = valid("44010619900307153") // sequence digit 3: odd
    const woman = valid("31010419851120284") // sequence digit 4: even
    expect(parseIdNumber(man).sex).toBe("male")
    expect(parseIdNumber(woman).sex).toBe("female")
    expect(parseIdNumber("11010519491231002x").value).toBe("11010519491231002X")
  })

  it("accepts residence permits of Hong Kong, Macau and Taiwan residents", () => {
    expect(parseIdNumber(valid("81000019900101123")).kind).toBe("hong_kong")
    expect(parseIdNumber(valid("82000019900101123")).kind).toBe("macau")
    expect(parseIdNumber(valid("83000019900101123")).kind).toBe("taiwan")
  })

  it.each([
    ["", "empty"],
    ["   ", "empty"],
    ["4401061990030715", "length"], // 16
    [valid("44010619900307153").slice(0, 17), "length"],
    [valid("44010619900307153") + "1", "length"],
    ["44010619900307A53X", "characters"],
    ["4401061990030715X3", "characters"],
    [valid("99010619900307153"), "region"],
    [valid("84000019900101123"), "region"],
    [valid("44010619900230153"), "birth_date"], // 30 February
    [valid("44010618990101153"), "birth_date"],
    [valid("44010630990101153"), "birth_date"], // in the future
  ])("refuses %j: %s", (value, problem) => {
    expect(problemOf(value)).toBe(problem)
  })

  it("refuses a wrong check character", () => {
    const good = valid("44010619900307153")
    const wrong = good.slice(0, 17) + (good[17] === "1" ? "2" : "1")
    expect(problemOf(wrong)).toBe("check_character")
  })

  it("masks all but the first and last four characters", () => {
    expect(maskIdNumber("11010519491231002X")).toBe("1101**********002X")
  })
})
