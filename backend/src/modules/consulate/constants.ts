import type { PartnerLocale } from "../partner-access/constants"

/** The audit log's `scope_id` of everything the consulate's staff do (operators read it; there is one consulate). */
export const CONSULATE_SCOPE = "consulate"

/** How e-mails and the console name the organisation. */
export const CONSULATE_NAME: Record<PartnerLocale, string> = {
  uz: "O'zbekiston Respublikasining Guanchjoudagi Bosh konsulligi",
  ru: "Генеральное консульство Республики Узбекистан в Гуанчжоу",
  en: "the Consulate General of the Republic of Uzbekistan in Guangzhou",
  "zh-CN": "乌兹别克斯坦共和国驻广州总领事馆",
}

/** Emitted when a campaign's featured products change (staff's picks, an accepted nomination): the shop's campaign pages show them. */
export const CAMPAIGN_FEATURES_UPDATED = "campaign-featured-products.updated"
