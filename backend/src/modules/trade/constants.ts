// The vocabularies the shop and the seed share (origin regions, stock origins, fulfilment modes) are declared in
// @bozor/shared; the trade module re-exports them so its users (the portal among them) keep one import.
export {
  FULFILMENT_MODES,
  FULFILMENT_MODES_BY_ORIGIN,
  ORIGIN_REGIONS,
  STOCK_ORIGINS,
  type OriginRegion,
  type StockOrigin,
} from "@bozor/shared"

/** China VAT rate of the goods in percent: 9 (plain dried fruit, raw nuts, honey) or 13 (leather, roasted, candied, dairy). */
export const VAT_RATES = [9, 13] as const
export type VatRate = (typeof VAT_RATES)[number]

export const CERTIFICATES = ["gacc", "organic_eu", "organic_uz", "halal", "haccp", "iso22000", "lwg", "geo_indication"] as const
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
