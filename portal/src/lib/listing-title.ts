import type { ContentLocale, UiLocale } from "./types"

/** Which content language to show a listing's title in first, for a person reading the portal in `locale`. */
const TITLE_ORDER: Record<UiLocale, ContentLocale[]> = {
  uz: ["ru", "en", "zh-CN"],
  ru: ["ru", "en", "zh-CN"],
  en: ["en", "ru", "zh-CN"],
  "zh-CN": ["zh-CN", "en", "ru"],
}

export function titleFor(titles: Partial<Record<ContentLocale, string | null>>, locale: UiLocale): string | undefined {
  for (const language of TITLE_ORDER[locale]) {
    const title = titles[language]?.trim()
    if (title) return title
  }
  return undefined
}
