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

export const ExporterDeclineNomination = z
  .object({ reason: z.string().trim().max(500, "reason must be at most 500 characters").optional() })
  .strict()
export type ExporterDeclineNomination = z.infer<typeof ExporterDeclineNomination>
export const ExporterCreateApiKey = z
  .object({ title: z.string().trim().min(1, "title is required").max(80, "title must be at most 80 characters") })
  .strict()
export type ExporterCreateApiKey = z.infer<typeof ExporterCreateApiKey>

const variantRef = {
  variant_id: z.string().max(100, "variant_id must be at most 100 characters").optional(),
  sku: z.string().max(100, "sku must be at most 100 characters").optional(),
}
const namesVariant = (row: { variant_id?: string; sku?: string }) => !!(row.variant_id || row.sku)

export const ExporterListStock = z
  .object({
    q: z.string().trim().max(100, "q must be at most 100 characters").optional(),
    low: z.enum(["true", "false"]).optional(),
    limit: z.coerce.number().int().min(1, "limit must be at least 1").max(200, "limit must be at most 200").default(50),
    offset: z.coerce.number().int().min(0, "offset must be at least 0").max(1_000_000).default(0),
  })
  .strict()
export type ExporterListStock = z.infer<typeof ExporterListStock>

export const ExporterUpdateStock = z
  .object({
    updates: z
      .array(
        z
          .object({
            ...variantRef,
            location_id: z.string().max(100, "location_id must be at most 100 characters").optional(),
            stocked_quantity: z
              .number()
              .int("stocked_quantity must be a whole number")
              .min(0, "stocked_quantity must be at least 0")
              .max(1_000_000, "stocked_quantity must be at most 1000000")
              .optional(),
            low_stock_threshold: z
              .number()
              .int("low_stock_threshold must be a whole number")
              .min(0, "low_stock_threshold must be at least 0")
              .max(100_000, "low_stock_threshold must be at most 100000")
              .nullable()
              .optional(),
          })
          .strict()
          .refine(namesVariant, "updates[]: each row needs variant_id or sku")
          .refine(
            (row) => row.stocked_quantity !== undefined || row.low_stock_threshold !== undefined,
            "updates[]: each row needs stocked_quantity or low_stock_threshold",
          ),
      )
      .min(1, "updates must have at least 1 row")
      .max(500, "updates may have at most 500 rows"),
  })
  .strict()
export type ExporterUpdateStock = z.infer<typeof ExporterUpdateStock>

export const ExporterUpdatePrices = z
  .object({
    prices: z
      .array(
        z
          .object({
            ...variantRef,
            price_cny: z.number().positive("price_cny must be more than 0").max(1_000_000, "price_cny must be at most 1000000"),
          })
          .strict()
          .refine(namesVariant, "prices[]: each row needs variant_id or sku"),
      )
      .min(1, "prices must have at least 1 row")
      .max(500, "prices may have at most 500 rows"),
  })
  .strict()
export type ExporterUpdatePrices = z.infer<typeof ExporterUpdatePrices>

export const ExporterListOrders = z
  .object({
    limit: z.coerce.number().int().min(1, "limit must be at least 1").max(100, "limit must be at most 100").default(20),
    offset: z.coerce.number().int().min(0, "offset must be at least 0").max(1_000_000).default(0),
  })
  .strict()
export type ExporterListOrders = z.infer<typeof ExporterListOrders>

const day = (field: string) => z.string().regex(/^\d{4}-\d{2}-\d{2}$/, `${field} must be a date as YYYY-MM-DD`)

export const ExporterSalesSummary = z
  .object({ from: day("from").optional(), to: day("to").optional() })
  .strict()
  .refine((q) => !q.from || !q.to || q.from <= q.to, "to must not be before from")
  .refine((q) => !q.from || !q.to || Date.parse(q.to) - Date.parse(q.from) <= 366 * 86_400_000, "to may be at most 366 days after from")
export type ExporterSalesSummary = z.infer<typeof ExporterSalesSummary>

export const ExporterStatementQuery = z.object({ format: z.enum(["json", "csv"]).default("json") }).strict()
export type ExporterStatementQuery = z.infer<typeof ExporterStatementQuery>
export const ExporterStartImport = z
  .object({
    kind: z.enum(["listings", "stock"], { error: "kind must be listings or stock" }),
    /** A dry run checks every row and writes nothing; the default, so a real import is always asked for. */
    dry_run: z
      .enum(["true", "false"], { error: "dry_run must be true or false" })
      .default("true")
      .transform((v) => v === "true"),
  })
  .strict()
export type ExporterStartImport = z.infer<typeof ExporterStartImport>

export const ExporterExport = z
  .object({ format: z.enum(["csv", "xlsx"], { error: "format must be csv or xlsx" }).default("xlsx") })
  .strict()
export type ExporterExport = z.infer<typeof ExporterExport>
