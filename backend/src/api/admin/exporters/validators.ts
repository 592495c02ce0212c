import { z } from "@medusajs/framework/zod"
import { PARTNER_LOCALES, PARTNER_ROLES } from "../../../modules/partner-access/constants"
import { ORIGIN_REGIONS } from "../../../modules/trade/constants"

const GACC = /^[A-Z]{4}\d{6,16}$/

export const AdminUpdateExporter = z
  .object({
    name: z.string().min(1).max(120).optional(),
    city: z.string().min(1).max(80).optional(),
    region: z.enum(ORIGIN_REGIONS).optional(),
    story: z.string().max(4000).nullish(),
    contact_email: z.string().email().optional(),
    contact_phone: z.string().max(40).optional(),
    website: z.string().url().max(200).nullish(),
    gacc_registration_number: z.string().regex(GACC, "gacc_registration_number must be 4 capitals and 6-16 digits").nullish(),
    verified: z.boolean().optional(),
    /** Bozor's commission in percent of the exporter's net sales (two decimals at most), shown on its statements. */
    commission_rate: z
      .number()
      .min(0, "commission_rate must be at least 0 (percent)")
      .max(50, "commission_rate must be at most 50 (percent)")
      .refine((n) => Number.isInteger(Math.round(n * 100 * 1e6) / 1e6), "commission_rate must have at most two decimals")
      .optional(),
  })
  .strict()
export type AdminUpdateExporter = z.infer<typeof AdminUpdateExporter>

export const AdminCreateExporter = z
  .object({
    handle: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "handle must be lower-case letters, digits and single hyphens")
      .max(80, "handle must be at most 80 characters"),
    name: z.string().trim().min(1, "name is required").max(120, "name must be at most 120 characters"),
    region: z.enum(ORIGIN_REGIONS),
    city: z.string().trim().min(1, "city is required").max(80, "city must be at most 80 characters"),
    contact_email: z.string().email("contact_email must be an e-mail address").max(200),
    contact_phone: z.string().trim().min(1, "contact_phone is required").max(40, "contact_phone must be at most 40 characters"),
    website: z.string().url().max(200).nullish(),
    gacc_registration_number: z.string().regex(GACC, "gacc_registration_number must be 4 capitals and 6-16 digits").nullish(),
    verified: z.boolean().default(false),
  })
  .strict()
export type AdminCreateExporter = z.infer<typeof AdminCreateExporter>

export const AdminInviteExporterPerson = z
  .object({
    email: z.string().trim().toLowerCase().email("email must be an e-mail address").max(200, "email must be at most 200 characters"),
    role: z.enum(PARTNER_ROLES).default("owner"),
    locale: z.enum(PARTNER_LOCALES).default("uz"),
  })
  .strict()
export type AdminInviteExporterPerson = z.infer<typeof AdminInviteExporterPerson>

export const AdminSuspendExporter = z
  .object({ reason: z.string().trim().max(500, "reason must be at most 500 characters").optional() })
  .strict()
export type AdminSuspendExporter = z.infer<typeof AdminSuspendExporter>
