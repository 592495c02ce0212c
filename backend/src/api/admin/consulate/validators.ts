import { z } from "@medusajs/framework/zod"
import { PARTNER_LOCALES } from "../../../modules/partner-access/constants"

export const AdminInviteConsulateStaff = z
  .object({
    email: z.string().trim().toLowerCase().email("email must be an e-mail address").max(200, "email must be at most 200 characters"),
    locale: z.enum(PARTNER_LOCALES).default("ru"),
  })
  .strict()
export type AdminInviteConsulateStaff = z.infer<typeof AdminInviteConsulateStaff>

export const AdminSuspendConsulateStaff = z
  .object({ reason: z.string().trim().max(500, "reason must be at most 500 characters").optional() })
  .strict()
export type AdminSuspendConsulateStaff = z.infer<typeof AdminSuspendConsulateStaff>
