/**
 * PRC resident identity numbers as GB 11643-1999 defines them: six digits of
 * administrative region, the birth date as YYYYMMDD, a three-digit sequence
 * whose last digit is odd for men and even for women, and an ISO 7064
 * MOD 11-2 check character (10 is written X). Residence permits for people
 * from Hong Kong, Macau and Taiwan follow the same scheme with the region codes
 * 810000, 820000 and 830000.
 *
 * Only the province level of the region code is checked: county codes change
 * over the years and an ID keeps the code its holder was registered under.
 */

export type IdNumberKind = "mainland" | "hong_kong" | "macau" | "taiwan"

export interface IdNumber {
  value: string
  kind: IdNumberKind
  birthDate: string
  sex: "female" | "male"
}

export type IdNumberProblem = "empty" | "length" | "characters" | "region" | "birth_date" | "check_character"

/** Carries the rule broken and, at most, the length entered: never digits of the number, which could reach a log. */
export class IdNumberError extends Error {
  constructor(
    readonly problem: IdNumberProblem,
    readonly detail: { length?: number } = {},
  ) {
    super(`id_number: ${problem}`)
  }
}

/** First two digits of mainland region codes (provinces, autonomous regions, municipalities). */
const PROVINCES = new Set([
  "11",
  "12",
  "13",
  "14",
  "15",
  "21",
  "22",
  "23",
  "31",
  "32",
  "33",
  "34",
  "35",
  "36",
  "37",
  "41",
  "42",
  "43",
  "44",
  "45",
  "46",
  "50",
  "51",
  "52",
  "53",
  "54",
  "61",
  "62",
  "63",
  "64",
  "65",
])
const PERMITS: Record<string, IdNumberKind> = { "810000": "hong_kong", "820000": "macau", "830000": "taiwan" }
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]

export function checkCharacter(first17: string): string {
  const sum = WEIGHTS.reduce((acc, weight, i) => acc + weight * Number(first17[i]), 0)
  const check = (12 - (sum % 11)) % 11
  return check === 10 ? "X" : String(check)
}

export function parseIdNumber(input: string, today = new Date()): IdNumber {
  const value = input.trim().toUpperCase()
  if (!value) throw new IdNumberError("empty")
  if (value.length !== 18) throw new IdNumberError("length", { length: value.length })
  if (!/^\d{17}[\dX]$/.test(value)) throw new IdNumberError("characters")

  const region = value.slice(0, 6)
  const kind: IdNumberKind | undefined = PERMITS[region] ?? (PROVINCES.has(region.slice(0, 2)) ? "mainland" : undefined)
  if (!kind) throw new IdNumberError("region")

  const [y, m, d] = [value.slice(6, 10), value.slice(10, 12), value.slice(12, 14)].map(Number)
  const birth = new Date(Date.UTC(y, m - 1, d))
  const real = birth.getUTCFullYear() === y && birth.getUTCMonth() === m - 1 && birth.getUTCDate() === d
  if (!real || y < 1900 || birth.getTime() > today.getTime()) {
    throw new IdNumberError("birth_date")
  }

  if (checkCharacter(value) !== value[17]) throw new IdNumberError("check_character")

  return {
    value,
    kind,
    birthDate: `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`,
    sex: Number(value[16]) % 2 === 1 ? "male" : "female",
  }
}

/** The form DESIGN.md prescribes for every place an ID number is shown: 1101**********123X. */
export function maskIdNumber(value: string): string {
  return value.length <= 8 ? "*".repeat(value.length) : value.slice(0, 4) + "*".repeat(value.length - 8) + value.slice(-4)
}
