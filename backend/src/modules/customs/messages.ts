import type { IdNumberProblem } from "./id-number"
import { HAN_NAME_LENGTH, LATIN_NAME_LENGTH, type RealNameProblem } from "./real-name"

/**
 * What the customs rules say to a buyer, in the shop's languages. The backend
 * is authoritative, so its refusals arrive already translated for the cart's or
 * the request's locale; the storefront shows them as they are.
 *
 * A message about an ID number names the field and the rule, never digits of
 * the number: Medusa logs the message of every refused request.
 */
export type Locale = "zh-CN" | "en"
type Params = Record<string, string | number>

/** Yuan as the shop writes them in both languages: ¥5,000.00. */
export const formatCny = (locale: Locale, cny: number) =>
  new Intl.NumberFormat(locale, { style: "currency", currency: "CNY", currencyDisplay: "narrowSymbol" }).format(cny)
const money = formatCny

const han = HAN_NAME_LENGTH
const latin = LATIN_NAME_LENGTH

const CATALOG: Record<Locale, Record<string, (p: Params, m: (n: number) => string) => string>> = {
  en: {
    "id_number.empty": () => "ID number: required for cross-border goods.",
    "id_number.length": (p) => `ID number: must be 18 characters; ${p.length} were entered.`,
    "id_number.characters": () => "ID number: only digits, with X allowed as the last character.",
    "id_number.region": () => "ID number: the first six digits are not the region code of a PRC ID card or residence permit.",
    "id_number.birth_date": () => "ID number: digits 7 to 14 must be a real birth date (YYYYMMDD), not in the future.",
    "id_number.check_character": () => "ID number: the check character (the 18th) does not match the others; please check the number.",
    "real_name.chinese": () =>
      `Real name: ${han.min} to ${han.max} Chinese characters exactly as on the ID card; parts of a name are joined by "·".`,
    "real_name.chinese_or_latin": () =>
      `Real name: as on the residence permit, ${han.min} to ${han.max} Chinese characters, or ${latin.min} to ${latin.max} Latin letters with spaces.`,
    "real_name.mismatch": () =>
      "Real name: this ID number was declared under another name. The name must be the ID holder's, exactly as on the card.",
    identity_limit: (p) => `Customs identities: an account may keep at most ${p.limit}. Remove one you no longer use first.`,
    rate_limited: (p) => `Too many attempts: please wait ${p.minutes} minutes before entering another ID number.`,
    identity_not_found: () => "Customs identity: not found among your saved identities. Choose another or enter the buyer's details.",
    payer_is_buyer: () => "Please confirm that the payer is the buyer named on the customs identity.",
    identity_required: () => "This cart has cross-border goods: add the buyer's real name and ID number (customs identity) before paying.",
    order_limit: (p, m) =>
      `Cross-border goods plus shipping come to ${m(+p.amount)}, above China's per-order limit of ${m(+p.limit)} for cross-border retail. Remove ${m(+p.excess)} of cross-border goods or split them into several orders.`,
    annual_limit: (p, m) =>
      `This order's cross-border goods (${m(+p.amount)}) would go beyond what ID ${p.masked} may still buy this year: ${m(+p.remaining)} of China's annual limit of ${m(+p.limit)}. Reduce the order or buy with another buyer's identity.`,
  },
  "zh-CN": {
    "id_number.empty": () => "身份证号码：购买跨境商品必须填写。",
    "id_number.length": (p) => `身份证号码：应为 18 位，当前输入了 ${p.length} 位。`,
    "id_number.characters": () => "身份证号码：只能包含数字，最后一位可以是 X。",
    "id_number.region": () => "身份证号码：前六位不是有效的身份证或居住证地区代码。",
    "id_number.birth_date": () => "身份证号码：第 7 至 14 位应为真实的出生日期（年月日），且不能晚于今天。",
    "id_number.check_character": () => "身份证号码：校验位（第 18 位）与前 17 位不符，请核对号码。",
    "real_name.chinese": () => `真实姓名：应为 ${han.min} 至 ${han.max} 个汉字，与身份证一致；多段姓名用“·”分隔。`,
    "real_name.chinese_or_latin": () =>
      `真实姓名：与居住证一致，${han.min} 至 ${han.max} 个汉字，或 ${latin.min} 至 ${latin.max} 个拉丁字母（可含空格）。`,
    "real_name.mismatch": () => "真实姓名：该身份证号码已以其他姓名申报。姓名必须是证件持有人本人的，与证件完全一致。",
    identity_limit: (p) => `实名认证：每个账户最多保存 ${p.limit} 个身份，请先删除不再使用的身份。`,
    rate_limited: (p) => `尝试次数过多：请 ${p.minutes} 分钟后再填写身份证号码。`,
    identity_not_found: () => "实名认证：在您保存的身份中找不到该身份，请选择其他身份或填写购买人信息。",
    payer_is_buyer: () => "请确认支付人与实名认证的购买人为同一人。",
    identity_required: () => "购物车中有跨境商品：付款前请添加购买人的真实姓名和身份证号码（实名认证）。",
    order_limit: (p, m) =>
      `跨境商品及运费合计 ${m(+p.amount)}，超过跨境零售单笔 ${m(+p.limit)} 的限额。请移除 ${m(+p.excess)} 的跨境商品，或分成多笔订单购买。`,
    annual_limit: (p, m) =>
      `本单跨境商品 ${m(+p.amount)} 超出身份证 ${p.masked} 今年的剩余额度 ${m(+p.remaining)}（年度限额 ${m(+p.limit)}）。请减少商品或使用其他购买人的身份。`,
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
export const realNameMessageKey = (problem: RealNameProblem) => `real_name.${problem}`
