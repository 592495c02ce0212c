import type { IdNumberProblem } from "./id-number"

/**
 * What the customs rules say to a buyer, in the shop's languages. The backend
 * is authoritative, so its refusals arrive already translated for the cart's or
 * the request's locale; the storefront shows them as they are.
 */
type Locale = "zh-CN" | "en"
type Params = Record<string, string | number>

const money = (locale: Locale, cny: number) =>
  new Intl.NumberFormat(locale, { style: "currency", currency: "CNY", currencyDisplay: "narrowSymbol" }).format(cny)

const CATALOG: Record<Locale, Record<string, (p: Params, m: (n: number) => string) => string>> = {
  en: {
    "id_number.empty": () => "ID number (id_number) is required for cross-border goods.",
    "id_number.length": (p) => `ID number (id_number) must be 18 characters; this one has ${p.length}.`,
    "id_number.characters": () => "ID number (id_number) may contain only digits, with X allowed as the last character.",
    "id_number.region": (p) => `ID number (id_number) starts with ${p.region}, which is not a region code of a PRC ID or residence permit.`,
    "id_number.birth_date": (p) => `ID number (id_number) contains the birth date ${p.birth_date}, which is not a real date.`,
    "id_number.check_character": () => "ID number (id_number) has a wrong check character (the 18th): please check the number.",
    real_name: () => "Real name (real_name) must be 2 to 40 characters, as written on the ID card.",
    payer_is_buyer: () => "Please confirm (payer_is_buyer) that the payer is the buyer named on the customs identity.",
    identity_required: () =>
      "This cart has cross-border goods: add the buyer's real name and ID number (customs identity) before paying.",
    order_limit: (p, m) =>
      `Cross-border goods plus shipping come to ${m(+p.amount)}, above China's per-order limit of ${m(+p.limit)} for cross-border retail. Remove ${m(+p.excess)} of cross-border goods or split them into several orders.`,
    annual_limit: (p, m) =>
      `This order's cross-border goods (${m(+p.amount)}) would bring purchases under ID ${p.masked} this year to ${m(+p.total)}, above China's annual limit of ${m(+p.limit)}. ${m(+p.remaining)} remains for this year: reduce the order or buy with another buyer's identity.`,
  },
  "zh-CN": {
    "id_number.empty": () => "购买跨境商品需要填写身份证号码（id_number）。",
    "id_number.length": (p) => `身份证号码（id_number）应为 18 位，当前为 ${p.length} 位。`,
    "id_number.characters": () => "身份证号码（id_number）只能包含数字，最后一位可以是 X。",
    "id_number.region": (p) => `身份证号码（id_number）以 ${p.region} 开头，不是有效的地区代码。`,
    "id_number.birth_date": (p) => `身份证号码（id_number）中的出生日期 ${p.birth_date} 不是有效日期。`,
    "id_number.check_character": () => "身份证号码（id_number）校验位（第 18 位）不正确，请核对号码。",
    real_name: () => "真实姓名（real_name）应为 2 至 40 个字符，与身份证一致。",
    payer_is_buyer: () => "请确认（payer_is_buyer）支付人与实名认证的购买人为同一人。",
    identity_required: () => "购物车中有跨境商品：付款前请添加购买人的真实姓名和身份证号码（实名认证）。",
    order_limit: (p, m) =>
      `跨境商品及运费合计 ${m(+p.amount)}，超过跨境零售单笔 ${m(+p.limit)} 的限额。请移除 ${m(+p.excess)} 的跨境商品，或分成多笔订单购买。`,
    annual_limit: (p, m) =>
      `本单跨境商品 ${m(+p.amount)} 将使身份证 ${p.masked} 今年的跨境消费达到 ${m(+p.total)}，超过年度限额 ${m(+p.limit)}。今年剩余额度 ${m(+p.remaining)}：请减少商品或使用其他购买人的身份。`,
  },
}

export function customsLocale(locale?: string | null): Locale {
  return locale?.toLowerCase().startsWith("zh") ? "zh-CN" : locale ? "en" : "zh-CN"
}

export function customsMessage(locale: string | null | undefined, key: string, params: Params = {}): string {
  const lang = customsLocale(locale)
  const template = CATALOG[lang][key] ?? CATALOG.en[key]
  return template(params, (n) => money(lang, n))
}

export const idNumberMessageKey = (problem: IdNumberProblem) => `id_number.${problem}`
