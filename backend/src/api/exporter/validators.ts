import { z } from "@medusajs/framework/zod"
import { LISTING_STATES } from "../../modules/listing/constants"
import { PARTNER_LOCALES, PARTNER_ROLES } from "../../modules/partner-access/constants"

/** Accepting an invitation and one's own profile are the same for every partner actor (../partner-validators.ts). */
export { PartnerAcceptInvitation as ExporterAcceptInvitation, PartnerUpdateMe as ExporterUpdateMe } from "../partner-validators"

export const ExporterInviteColleague = z
  .object({
    email: z.string().trim().toLowerCase().email("email must be an e-mail address").max(200, "email must be at most 200 characters"),
    role: z.enum(PARTNER_ROLES).default("member"),
    locale: z.enum(PARTNER_LOCALES).optional(),
  })
  .strict()
export type ExporterInviteColleague = z.infer<typeof ExporterInviteColleague>

export const ExporterListProducts = z
  .object({
    q: z.string().trim().max(100, "q must be at most 100 characters").optional(),
    status: z.enum(LISTING_STATES).optional(),
    order: z.enum(["updated_at", "-updated_at", "title", "-title"]).default("-updated_at"),
    limit: z.coerce.number().int().min(1, "limit must be at least 1").max(100, "limit must be at most 100").default(20),
    offset: z.coerce.number().int().min(0, "offset must be at least 0").max(1_000_000).default(0),
  })
  .strict()
export type ExporterListProducts = z.infer<typeof ExporterListProducts>

export const ExporterImageOrder = z.object({ ids: z.array(z.string().max(200)).max(50, "ids may list at most 50 images") }).strict()
export type ExporterImageOrder = z.infer<typeof ExporterImageOrder>
