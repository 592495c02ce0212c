import { z } from "@medusajs/framework/zod"
import { ALLERGENS, CERTIFICATES, ORIGIN_REGIONS, STOCK_ORIGINS, VAT_RATES } from "./constants"

/** Trade data as products are created with it (admin, exporter portal, seed). */
export const TradeProfileInput = z.object({
  origin_region: z.enum(ORIGIN_REGIONS),
  hs_code: z.string().regex(/^\d{10}$/, "hs_code must be the 10-digit China customs tariff number"),
  vat_rate: z.union(VAT_RATES.map((rate) => z.literal(rate)) as [z.ZodLiteral<9>, z.ZodLiteral<13>]),
  stock_origin: z.enum(STOCK_ORIGINS),
  shelf_life_days: z.number().int().positive().max(3650).nullish(),
  storage: z.string().max(500).nullish(),
  allergens: z.array(z.enum(ALLERGENS)).default([]),
  certificates: z.array(z.enum(CERTIFICATES)).default([]),
  manufacturer: z.string().min(1).max(200),
  gacc_registration_number: z
    .string()
    .regex(/^[A-Z]{4}\d{6,16}$/)
    .nullish(),
  indivisible: z.boolean().default(false),
  label_zh: z.string().max(4000).nullish(),
})
export type TradeProfileInput = z.infer<typeof TradeProfileInput>

/**
 * `additional_data` understood by the product-created hook: per product handle,
 * the exporter that owns it and its trade data.
 */
export const ProductExtrasInput = z.object({
  product_extras: z.record(z.string(), z.object({ exporter_id: z.string().optional(), trade: TradeProfileInput.optional() })).optional(),
})
