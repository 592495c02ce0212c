import { customsLocale, formatCny, type Locale } from "../modules/customs/messages"

/**
 * What the shop tells a buyer about a promotion code, in the request's
 * language: each reason a code does not apply has its own message, with the
 * dates, amounts or limits that explain it (utils/promotion-eligibility.ts).
 */
export type PromotionVerdict =
  | "applicable"
  | "applied"
  | "not_found"
  | "automatic"
  | "not_started"
  | "expired"
  | "sign_in_required"
  | "already_used"
  | "used_up"
  | "minimum_not_met"
  | "currency"
  | "no_eligible_goods"
  | "not_applicable"

export interface PromotionFacts {
  code: string
  name: string
  starts_at?: Date | null
  ends_at?: Date | null
  minimum?: number | null
  amount?: number | null
  per_customer?: number | null
}

/** A day in Beijing time, as the shop writes dates in each language: 2026年12月6日, December 6, 2026. */
const day = (lang: Locale, at: Date) =>
  new Intl.DateTimeFormat(lang, { timeZone: "Asia/Shanghai", year: "numeric", month: "long", day: "numeric" }).format(at)

type Template = (f: PromotionFacts, m: (cny: number) => string, d: (at: Date) => string) => string

const CATALOG: Record<Locale, Record<PromotionVerdict, Template>> = {
  en: {
    applicable: (f) => `${f.code} (${f.name}) applies to this cart.`,
    applied: (f) => `${f.code} (${f.name}) is applied.`,
    not_found: (f) => `There is no promo code ${f.code}: check the spelling.`,
    automatic: (f) => `${f.name} applies by itself to the goods it covers: there is no code to enter.`,
    not_started: (f, _m, d) => `${f.code} (${f.name}) starts on ${d(f.starts_at!)}: enter it again from that day.`,
    // The end is exclusive (midnight): the last day it could be used is the day before.
    expired: (f, _m, d) => `${f.code} (${f.name}) could be used until ${d(new Date(f.ends_at!.getTime() - 1))} and has ended.`,
    sign_in_required: (f) => `${f.code} (${f.name}) is for customers with an account: sign in or create one, then apply it again.`,
    already_used: (f) =>
      `You have already used ${f.code} (${f.name}): it can be used ${f.per_customer === 1 ? "once" : `${f.per_customer} times`} per customer.`,
    used_up: (f) => `${f.code} (${f.name}) has been used as many times as it allows.`,
    minimum_not_met: (f, m) =>
      `${f.code} (${f.name}) needs ${m(f.minimum!)} of goods at their prices before discounts; the goods in your cart come to ${m(f.amount!)}.`,
    currency: (f) => `${f.code} (${f.name}) is for orders paid in yuan.`,
    no_eligible_goods: (f) => `${f.code} (${f.name}) applies to none of the goods in your cart.`,
    not_applicable: (f) => `${f.code} (${f.name}) does not apply to this cart.`,
  },
  "zh-CN": {
    applicable: (f) => `${f.code}（${f.name}）可用于此购物车。`,
    applied: (f) => `${f.code}（${f.name}）已使用。`,
    not_found: (f) => `没有优惠码 ${f.code}，请检查拼写。`,
    automatic: (f) => `${f.name}对适用商品自动生效，无需输入优惠码。`,
    not_started: (f, _m, d) => `${f.code}（${f.name}）将于 ${d(f.starts_at!)} 开始，届时再输入即可。`,
    expired: (f, _m, d) => `${f.code}（${f.name}）的使用期限至 ${d(new Date(f.ends_at!.getTime() - 1))}，已经结束。`,
    sign_in_required: (f) => `${f.code}（${f.name}）仅限会员使用：请登录或注册后再使用。`,
    already_used: (f) => `您已使用过 ${f.code}（${f.name}），每位顾客限用 ${f.per_customer} 次。`,
    used_up: (f) => `${f.code}（${f.name}）已达到使用次数上限。`,
    minimum_not_met: (f, m) =>
      `${f.code}（${f.name}）需商品金额满 ${m(f.minimum!)}（按优惠前的价格计算），您购物车中的商品为 ${m(f.amount!)}。`,
    currency: (f) => `${f.code}（${f.name}）仅适用于人民币订单。`,
    no_eligible_goods: (f) => `${f.code}（${f.name}）不适用于您购物车中的商品。`,
    not_applicable: (f) => `${f.code}（${f.name}）不适用于此购物车。`,
  },
}

export function promotionMessage(locale: string | null | undefined, verdict: PromotionVerdict, facts: PromotionFacts): string {
  const lang = customsLocale(locale)
  return CATALOG[lang][verdict](
    facts,
    (cny) => formatCny(lang, cny),
    (at) => day(lang, at),
  )
}

/** Refusing to take an automatic promotion off a cart: it applies by itself whenever the cart qualifies. */
export const automaticRemovalMessage = (locale: string | null | undefined, name: string) =>
  customsLocale(locale) === "zh-CN" ? `${name}自动生效，不能手动移除。` : `${name} applies by itself and cannot be removed.`

/**
 * A promotion's budget ran out between the buyer's last look at the cart and placing the order (another buyer's order
 * spent it): the discount has been taken off the cart, which the buyer reviews and pays again.
 */
export const budgetSpentMessage = (locale: string | null | undefined) =>
  customsLocale(locale) === "zh-CN"
    ? "您购物车中的优惠活动预算刚刚用完，优惠已不再适用。请确认新的总价后重新支付并下单。"
    : "A promotion on your cart has just used up its budget and no longer applies. Check the new total, then pay and place the order again."
