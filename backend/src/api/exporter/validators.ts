import { z } from "@medusajs/framework/zod"
import { LISTING_STATES } from "../../modules/listing/constants"
import { PARTNER_LOCALES, PARTNER_ROLES } from "../../modules/partner-access/constants"

const name = (field: string) => z.string().trim().min(1, `${field} is required`).max(80, `${field} must be at most 80 characters`)

export const ExporterAcceptInvitation = z
  .object({
    token: z.string().min(1).max(200, "token must be at most 200 characters"),
    password: z.string().min(10, "password must be at least 10 characters").max(200, "password must be at most 200 characters"),
    first_name: name("first_name"),
    last_name: name("last_name"),
  })
  .strict()
export type ExporterAcceptInvitation = z.infer<typeof ExporterAcceptInvitation>

export const ExporterUpdateMe = z
  .object({ first_name: name("first_name").optional(), last_name: name("last_name").optional(), locale: z.enum(PARTNER_LOCALES).optional() })
  .strict()
export type ExporterUpdateMe = z.infer<typeof ExporterUpdateMe>

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

export const ExporterStartImport = z
  .object({
    kind: z.enum(["listings", "stock"], { error: "kind must be listings or stock" }),
    /** A dry run checks every row and writes nothing; the default, so a real import is always asked for. */
    dry_run: z.enum(["true", "false"], { error: "dry_run must be true or false" }).default("true").transform((v) => v === "true"),
  })
  .strict()
export type ExporterStartImport = z.infer<typeof ExporterStartImport>

export const ExporterExport = z.object({ format: z.enum(["csv", "xlsx"], { error: "format must be csv or xlsx" }).default("xlsx") }).strict()
export type ExporterExport = z.infer<typeof ExporterExport>
