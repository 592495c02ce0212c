import { readdirSync, readFileSync } from "node:fs"
import path from "node:path"
import { describe, expect, it } from "vitest"
import { ALLERGENS, CERTIFICATES, FULFILMENT_MODES, ORIGIN_REGIONS, STOCK_ORIGINS } from "../../backend/src/modules/trade/constants"
import { SALES_STATES } from "@bozor/shared"
import { CONTENT_LOCALES, LISTING_STATUSES, UI_LOCALES } from "../src/lib/types"

type Catalog = { [key: string]: string | Catalog }
const dir = path.join(__dirname, "../src/i18n/locales")
const catalogs = Object.fromEntries(
  UI_LOCALES.map((locale) => [locale, JSON.parse(readFileSync(path.join(dir, `${locale}.json`), "utf8")) as Catalog]),
)

function flatten(catalog: Catalog, prefix = ""): Record<string, string> {
  return Object.fromEntries(
    Object.entries(catalog).flatMap(([key, value]) =>
      typeof value === "string" ? [[`${prefix}${key}`, value]] : Object.entries(flatten(value, `${prefix}${key}.`)),
    ),
  )
}
const variables = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort()

describe("message catalogs", () => {
  const english = flatten(catalogs.en)

  it("exist for exactly the portal's four languages", () => {
    expect(readdirSync(dir).sort()).toEqual(UI_LOCALES.map((l) => `${l}.json`).sort())
  })

  it.each(UI_LOCALES.filter((l) => l !== "en"))("%s has every key English has, and no other", (locale) => {
    expect(Object.keys(flatten(catalogs[locale])).sort()).toEqual(Object.keys(english).sort())
  })

  it.each(UI_LOCALES)("%s has no empty message and the same placeholders as English", (locale) => {
    for (const [key, text] of Object.entries(flatten(catalogs[locale]))) {
      expect(text.trim(), `${locale} ${key}`).not.toBe("")
      expect(variables(text), `${locale} ${key}`).toEqual(variables(english[key]))
    }
  })

  it("names every value the backend's vocabularies and the listing states have", () => {
    const keys = new Set(Object.keys(english))
    const needed = [
      ...ORIGIN_REGIONS.map((v) => `trade.regions.${v}`),
      ...STOCK_ORIGINS.map((v) => `trade.stockOrigins.${v}`),
      ...FULFILMENT_MODES.map((v) => `trade.fulfilment.${v}`),
      ...ALLERGENS.map((v) => `trade.allergenNames.${v}`),
      ...CERTIFICATES.map((v) => `trade.certificateNames.${v}`),
      ...LISTING_STATUSES.map((v) => `status.${v}`),
      ...SALES_STATES.map((v) => `salesState.${v}`),
      ...UI_LOCALES.map((v) => `languages.${v}`),
      ...CONTENT_LOCALES.map((v) => `contentLanguages.${v}`),
    ]
    expect(needed.filter((key) => !keys.has(key))).toEqual([])
  })

  it("writes Uzbek in Latin script", () => {
    const cyrillic = Object.entries(flatten(catalogs.uz)).filter(
      ([key, text]) => !key.startsWith("languages.") && /[\u0400-\u04FF]/.test(text),
    )
    expect(cyrillic).toEqual([])
  })
})
