/**
 * Uzbekistan's regions (viloyatlar, the Republic of Karakalpakstan and Tashkent) by the codes the trade data, the
 * search index and the pavilion's map use, with their names in the shop's languages: the search index matches buyers'
 * words against them and the shop shows them.
 */
export const UZBEK_REGION_NAMES = {
  karakalpakstan: { en: "Karakalpakstan", "zh-CN": "卡拉卡尔帕克斯坦" },
  khorezm: { en: "Khorezm", "zh-CN": "花拉子模" },
  navoiy: { en: "Navoiy", "zh-CN": "纳沃伊" },
  bukhara: { en: "Bukhara", "zh-CN": "布哈拉" },
  samarkand: { en: "Samarkand", "zh-CN": "撒马尔罕" },
  qashqadarya: { en: "Qashqadarya", "zh-CN": "卡什卡达里亚" },
  surxondaryo: { en: "Surxondaryo", "zh-CN": "苏尔汉河" },
  jizzakh: { en: "Jizzakh", "zh-CN": "吉扎克" },
  sirdaryo: { en: "Sirdaryo", "zh-CN": "锡尔河" },
  tashkent: { en: "Tashkent", "zh-CN": "塔什干" },
  namangan: { en: "Namangan", "zh-CN": "纳曼干" },
  fergana: { en: "Fergana", "zh-CN": "费尔干纳" },
  andijan: { en: "Andijan", "zh-CN": "安集延" },
} as const satisfies Record<string, Record<ShopLocale, string>>
export type UzbekRegion = keyof typeof UZBEK_REGION_NAMES

/** The shop's languages, in which names of places and taxes are declared. */
export type ShopLocale = "en" | "zh-CN"

/** The regions our goods come from: the values a product's origin may take. */
export const ORIGIN_REGIONS = [
  "fergana",
  "samarkand",
  "bukhara",
  "andijan",
  "namangan",
  "tashkent",
  "qashqadarya",
  "khorezm",
  "surxondaryo",
  "jizzakh",
] as const satisfies readonly UzbekRegion[]
export type OriginRegion = (typeof ORIGIN_REGIONS)[number]

/** A region's name in the locale (Chinese unless English is asked for); an unknown code is shown as it is. */
export function regionName(code: string, locale: string): string {
  const names = Object.prototype.hasOwnProperty.call(UZBEK_REGION_NAMES, code) ? UZBEK_REGION_NAMES[code as UzbekRegion] : undefined
  return names ? names[locale === "en" || locale.startsWith("en-") ? "en" : "zh-CN"] : code
}
