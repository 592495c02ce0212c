import { pinyin } from "pinyin-pro"

const HAN = /[\u3400-\u9fff]/

/**
 * What a buyer types for a Chinese title on a Latin keyboard: the syllables
 * (`feng mi`), adjacent syllables joined (`fengmi`, `xinggan`) and the initials
 * of every run of two to four syllables (`fm`, `bjhh`). Meilisearch matches
 * words and prefixes, so each way of typing has to exist as a word.
 */
export function pinyinTerms(text: string | null | undefined): { full: string; initials: string } {
  if (!text || !HAN.test(text)) return { full: "", initials: "" }
  const runs = text
    .split(/[^\u3400-\u9fff]+/)
    .filter(Boolean)
    .map((run) => pinyin(run, { toneType: "none", type: "array", v: true }).map((s) => s.toLowerCase()))
  const full = new Set<string>()
  const initials = new Set<string>()
  for (const syllables of runs) {
    syllables.forEach((s) => full.add(s))
    for (let size = 2; size <= 4; size++) {
      for (let i = 0; i + size <= syllables.length; i++) {
        const window = syllables.slice(i, i + size)
        full.add(window.join(""))
        initials.add(window.map((s) => s[0]).join(""))
      }
    }
    if (syllables.length > 4) initials.add(syllables.map((s) => s[0]).join(""))
  }
  return { full: [...full].join(" "), initials: [...initials].join(" ") }
}
