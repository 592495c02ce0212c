import { z } from "@medusajs/framework/zod"
import { ORIGIN_REGIONS } from "../../../modules/trade/constants"

export const AdminUpdateExporter = z
  .object({
    name: z.string().min(1).max(120).optional(),
    city: z.string().min(1).max(80).optional(),
    region: z.enum(ORIGIN_REGIONS).optional(),
    story: z.string().max(4000).nullish(),
    contact_email: z.string().email().optional(),
    contact_phone: z.string().max(40).optional(),
    website: z.string().url().max(200).nullish(),
    gacc_registration_number: z.string().regex(/^[A-Z]{4}\d{6,16}$/, "gacc_registration_number must be 4 capitals and 6-16 digits").nullish(),
    verified: z.boolean().optional(),
  })
  .strict()
export type AdminUpdateExporter = z.infer<typeof AdminUpdateExporter>
