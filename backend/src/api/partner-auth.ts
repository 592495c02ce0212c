import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { partnerLocale, type PartnerLocale } from "../modules/partner-access/constants"
import { rateLimit } from "./rate-limit"

/**
 * What guards Medusa's own auth routes for a partner actor (exporter people
 * now, consulate staff next): no self-registration (invitations only), e-mail
 * addresses compared in lower case, and sign-in and reset requests counted per
 * address, never per client IP alone.
 */
const SIGN_IN = { limit: 10, windowSeconds: 15 * 60 }
const RESETS = { limit: 5, windowSeconds: 60 * 60 }

const TOO_MANY: Record<PartnerLocale, (minutes: number) => string> = {
  uz: (m) => `Juda ko'p urinishlar: ${m} daqiqadan so'ng qayta urinib ko'ring.`,
  ru: (m) => `Слишком много попыток: попробуйте снова через ${m} мин.`,
  en: (m) => `Too many attempts: please try again in ${m} minute${m === 1 ? "" : "s"}.`,
  "zh-CN": (m) => `尝试次数过多：请 ${m} 分钟后再试。`,
}

const INVITE_ONLY: Record<PartnerLocale, string> = {
  uz: "Hamkorlar portaliga faqat taklif orqali kiriladi: taklifnomadagi havoladan foydalaning.",
  ru: "Вход в портал партнёров только по приглашению: воспользуйтесь ссылкой из письма-приглашения.",
  en: "The partner portal is by invitation only: use the link in your invitation e-mail.",
  "zh-CN": "合作伙伴门户仅限受邀加入：请使用邀请邮件中的链接。",
}

const localeOf = (req: MedusaRequest) => partnerLocale(req.locale ?? req.get("x-medusa-locale") ?? req.get("accept-language"))

/** Medusa sets the request's locale on /store and /admin only: on its auth routes the portal's language comes from the headers. */
const requestLocale = (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
  req.locale ??= localeOf(req)
  next()
}

/** Lower-cases and trims one body field (the address), so Dilnoza@… and dilnoza@… are one person and one counter. */
const normaliseEmail = (field: string) => (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
  const body = req.body as Record<string, unknown> | undefined
  if (body && typeof body[field] === "string") body[field] = (body[field] as string).trim().toLowerCase()
  next()
}

const addressOf = (field: string) => (req: MedusaRequest) => {
  const value = (req.body as Record<string, unknown> | undefined)?.[field]
  return typeof value === "string" ? value.slice(0, 200) : "none"
}

export function partnerAuthRoutes(actorType: string) {
  const refuseRegistration = (req: MedusaRequest, res: MedusaResponse) => {
    res.status(403).json({ type: "not_allowed", message: INVITE_ONLY[localeOf(req)] })
  }
  return [
    { matcher: `/auth/${actorType}/:auth_provider/register`, method: ["POST" as const], middlewares: [refuseRegistration] },
    {
      matcher: `/auth/${actorType}/emailpass`,
      method: ["POST" as const],
      middlewares: [
        requestLocale,
        normaliseEmail("email"),
        rateLimit(`${actorType}-sign-in`, SIGN_IN, addressOf("email"), (locale, minutes) => TOO_MANY[partnerLocale(locale)](minutes)),
      ],
    },
    {
      matcher: `/auth/${actorType}/emailpass/reset-password`,
      method: ["POST" as const],
      middlewares: [
        requestLocale,
        normaliseEmail("identifier"),
        rateLimit(`${actorType}-reset`, RESETS, addressOf("identifier"), (locale, minutes) => TOO_MANY[partnerLocale(locale)](minutes)),
      ],
    },
    { matcher: `/auth/${actorType}/emailpass/update`, method: ["POST" as const], middlewares: [normaliseEmail("email")] },
  ]
}
