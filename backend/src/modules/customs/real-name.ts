import type { IdNumberKind } from "./id-number"

/**
 * The real name customs checks against the ID: as written on the card. A
 * mainland resident's name is 2 to 20 Chinese characters; names of several
 * parts (common among ethnic minorities) are joined by a middle dot "·". The
 * residence permits of Hong Kong and Macau residents may carry the name in
 * Latin letters instead (e.g. "CHAN TAI MAN"); Taiwan residents' permits carry
 * the Chinese name. Anything else (markup, a single character, digits) is
 * refused before the buyer pays, because customs would refuse it after.
 */
export type RealNameProblem = "chinese" | "chinese_or_latin"

const DOTS = /[\u00B7\u2022\u2027\u30FB\uFF0E\u318D\u16EB\u2219]/g
const HAN_NAME = /^\p{Script=Han}+(?:·\p{Script=Han}+)*$/u
const LATIN_NAME = /^[A-Za-z]+(?:[ '-][A-Za-z]+)*$/

export const HAN_NAME_LENGTH = { min: 2, max: 20 }
export const LATIN_NAME_LENGTH = { min: 2, max: 40 }

/** The name as it is compared and stored: trimmed, the usual look-alikes of "·" made one, spaces around it removed. */
export function normalizeRealName(input: string): string {
  return input
    .normalize("NFC")
    .trim()
    .replace(/\s+/g, " ")
    .replace(/\s*[\u00B7\u2022\u2027\u30FB\uFF0E\u318D\u16EB\u2219]\s*/g, "·")
}

const isHanName = (name: string) => {
  if (!HAN_NAME.test(name)) return false
  const characters = [...name.replace(DOTS, "").replace(/·/g, "")].length
  return characters >= HAN_NAME_LENGTH.min && characters <= HAN_NAME_LENGTH.max
}

const isLatinName = (name: string) =>
  LATIN_NAME.test(name) && name.replace(/[^A-Za-z]/g, "").length >= LATIN_NAME_LENGTH.min && name.length <= LATIN_NAME_LENGTH.max

/** Null when the name fits the ID's kind; otherwise which rule it breaks. */
export function realNameProblem(name: string, kind: IdNumberKind): RealNameProblem | null {
  if (isHanName(name)) return null
  if (kind === "hong_kong" || kind === "macau") return isLatinName(name) ? null : "chinese_or_latin"
  return "chinese"
}

/** Two spellings of one name: the same after normalizing, Latin letters compared without case. */
export const sameRealName = (a: string, b: string) => normalizeRealName(a).toUpperCase() === normalizeRealName(b).toUpperCase()
