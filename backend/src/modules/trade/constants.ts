/** Uzbek regions our goods come from (viloyat names as the shop shows them). */
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
] as const
export type OriginRegion = (typeof ORIGIN_REGIONS)[number]

/**
 * Where a product's stock is decides how it reaches the buyer and which of
 * China's rules apply: cross-border goods ship from the Tashkent export
 * warehouse by direct mail (customs mode 9610); domestic goods are already
 * cleared at the Guangzhou exhibition centre.
 */
export const STOCK_ORIGINS = ["cross_border", "domestic"] as const
export type StockOrigin = (typeof STOCK_ORIGINS)[number]

export const FULFILMENT_MODES = ["cross_border_mail", "gz_pickup", "gz_express"] as const
export type FulfilmentMode = (typeof FULFILMENT_MODES)[number]

export const FULFILMENT_MODES_BY_ORIGIN: Record<StockOrigin, FulfilmentMode[]> = {
  cross_border: ["cross_border_mail"],
  domestic: ["gz_pickup", "gz_express"],
}

/** China VAT rate of the goods in percent: 9 (plain dried fruit, raw nuts, honey) or 13 (leather, roasted, candied, dairy). */
export const VAT_RATES = [9, 13] as const
export type VatRate = (typeof VAT_RATES)[number]

export const CERTIFICATES = [
  "gacc",
  "organic_eu",
  "organic_uz",
  "halal",
  "haccp",
  "iso22000",
  "lwg",
  "geo_indication",
] as const
export type Certificate = (typeof CERTIFICATES)[number]

/** Certificate names as buyers search for them, in both shop languages (the shop's labels for the same codes). */
export const CERTIFICATE_NAMES: Record<Certificate, { en: string; "zh-CN": string }> = {
  gacc: { en: "GACC registered", "zh-CN": "海关总署注册" },
  organic_eu: { en: "EU organic", "zh-CN": "欧盟有机" },
  organic_uz: { en: "Uzbek organic", "zh-CN": "乌兹别克斯坦有机" },
  halal: { en: "Halal", "zh-CN": "清真" },
  haccp: { en: "HACCP", "zh-CN": "HACCP" },
  iso22000: { en: "ISO 22000", "zh-CN": "ISO 22000" },
  lwg: { en: "Leather Working Group", "zh-CN": "LWG 皮革认证" },
  geo_indication: { en: "Geographical indication", "zh-CN": "地理标志" },
}

export const ALLERGENS = ["tree_nuts", "milk", "sulphites", "pollen"] as const
export type Allergen = (typeof ALLERGENS)[number]

/** Region names as buyers search for them, in both shop languages. */
export const ORIGIN_REGION_NAMES: Record<OriginRegion, { en: string; "zh-CN": string }> = {
  fergana: { en: "Fergana", "zh-CN": "费尔干纳" },
  samarkand: { en: "Samarkand", "zh-CN": "撒马尔罕" },
  bukhara: { en: "Bukhara", "zh-CN": "布哈拉" },
  andijan: { en: "Andijan", "zh-CN": "安集延" },
  namangan: { en: "Namangan", "zh-CN": "纳曼干" },
  tashkent: { en: "Tashkent", "zh-CN": "塔什干" },
  qashqadarya: { en: "Qashqadarya", "zh-CN": "卡什卡达里亚" },
  khorezm: { en: "Khorezm", "zh-CN": "花拉子模" },
  surxondaryo: { en: "Surxondaryo", "zh-CN": "苏尔汉河" },
  jizzakh: { en: "Jizzakh", "zh-CN": "吉扎克" },
}
