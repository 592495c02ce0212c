import { createTranslationsWorkflow } from "@medusajs/medusa/core-flows"
import type { Text } from "../catalog-types"
import type { SeedContext } from "./context"

/** Locales the shop serves: base content is English, zh-CN for consumers, ru for exporters. */
const TRANSLATED_LOCALES = ["zh-CN", "ru"] as const

type Fields = Record<string, Text | string | undefined>

/**
 * Creates the zh-CN (and, where written, ru) translations of one entity's
 * fields; a plain string field is the same in every language.
 */
export function translationsOf(reference: string, referenceId: string, fields: Fields) {
  return TRANSLATED_LOCALES.flatMap((locale) => {
    const translations: Record<string, string> = {}
    for (const [field, value] of Object.entries(fields)) {
      if (value === undefined || typeof value === "string") continue
      const text = value[locale]
      if (text) translations[field] = text
    }
    return Object.keys(translations).length ? [{ reference, reference_id: referenceId, locale_code: locale, translations }] : []
  })
}

export async function createTranslations(ctx: SeedContext, rows: ReturnType<typeof translationsOf>) {
  for (let i = 0; i < rows.length; i += 500) {
    await createTranslationsWorkflow(ctx.container).run({ input: { translations: rows.slice(i, i + 500) } })
  }
}
