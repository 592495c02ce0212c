import { z } from "@medusajs/framework/zod"
import { PARTNER_LOCALES } from "../modules/partner-access/constants"

/** What every partner actor's people send alike (exporters' people, consulate staff): accepting an invitation, their own profile. */

const personName = (field: string) => z.string().trim().min(1, `${field} is required`).max(80, `${field} must be at most 80 characters`)

export const PartnerAcceptInvitation = z
  .object({
    token: z.string().min(1).max(200, "token must be at most 200 characters"),
    password: z.string().min(10, "password must be at least 10 characters").max(200, "password must be at most 200 characters"),
    first_name: personName("first_name"),
    last_name: personName("last_name"),
  })
  .strict()
export type PartnerAcceptInvitation = z.infer<typeof PartnerAcceptInvitation>

export const PartnerUpdateMe = z
  .object({
    first_name: personName("first_name").optional(),
    last_name: personName("last_name").optional(),
    locale: z.enum(PARTNER_LOCALES).optional(),
  })
  .strict()
export type PartnerUpdateMe = z.infer<typeof PartnerUpdateMe>
