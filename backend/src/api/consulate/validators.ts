import { z } from "@medusajs/framework/zod"

/**
 * What the consulate's console sends. Structure is checked here (Medusa's
 * messages name the field); rules that need the database or speak to staff in
 * their language (code format and uniqueness, the window, the budget) are the
 * workflows' (src/workflows/consulate).
 */

const text = (field: string, max: number) =>
  z.string().trim().min(1, `${field} is required`).max(max, `${field} must be at most ${max} characters`)
const ids = (field: string) => z.array(z.string().min(1).max(100)).max(200, `${field} must list at most 200 ids`)
const localized = (field: string, max: number) => z.object({ "zh-CN": text(`${field}.zh-CN`, max), en: text(`${field}.en`, max) }).strict()

const Budget = z
  .object({
    type: z.enum(["spend", "usage"]),
    /** Yuan for a spend budget, redemptions for a usage budget. */
    limit: z.number().positive("budget.limit must be greater than 0").max(10_000_000, "budget.limit must be at most 10000000"),
  })
  .strict()

export const ConsulateCreateCampaign = z
  .object({
    name: text("name", 120),
    identifier: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z0-9][a-z0-9-]{2,59}$/, "identifier must be 3 to 60 Latin letters, digits or hyphens"),
    description: z.string().trim().max(1000, "description must be at most 1000 characters").optional(),
    starts_at: z.coerce.date(),
    ends_at: z.coerce.date(),
    budget: Budget.optional(),
  })
  .strict()
export type ConsulateCreateCampaign = z.infer<typeof ConsulateCreateCampaign>

export const ConsulateUpdateCampaign = z
  .object({
    name: text("name", 120).optional(),
    description: z.string().trim().max(1000, "description must be at most 1000 characters").nullable().optional(),
    starts_at: z.coerce.date().optional(),
    ends_at: z.coerce.date().optional(),
    budget_limit: z
      .number()
      .positive("budget_limit must be greater than 0")
      .max(10_000_000, "budget_limit must be at most 10000000")
      .optional(),
  })
  .strict()
export type ConsulateUpdateCampaign = z.infer<typeof ConsulateUpdateCampaign>

export const PromotionTargets = z
  .object({
    category_ids: ids("targets.category_ids").optional(),
    collection_ids: ids("targets.collection_ids").optional(),
    exporter_ids: ids("targets.exporter_ids").optional(),
    product_ids: ids("targets.product_ids").optional(),
  })
  .strict()
export type PromotionTargets = z.infer<typeof PromotionTargets>

const Discount = z.discriminatedUnion("type", [
  z
    .object({
      type: z.literal("percentage"),
      value: z.number().min(1, "discount.value must be at least 1").max(100, "discount.value must be at most 100"),
      targets: PromotionTargets.optional(),
    })
    .strict(),
  z
    .object({
      type: z.literal("fixed"),
      value: z.number().positive("discount.value must be greater than 0").max(100_000, "discount.value must be at most 100000"),
      targets: PromotionTargets.optional(),
    })
    .strict(),
  z
    .object({
      type: z.literal("buy_get"),
      buy_quantity: z
        .number()
        .int()
        .min(1, "discount.buy_quantity must be at least 1")
        .max(100, "discount.buy_quantity must be at most 100"),
      get_quantity: z
        .number()
        .int()
        .min(1, "discount.get_quantity must be at least 1")
        .max(100, "discount.get_quantity must be at most 100"),
      buy: PromotionTargets,
      /** What is free; the bought goods when left out. */
      get: PromotionTargets.optional(),
    })
    .strict(),
  z.object({ type: z.literal("free_shipping") }).strict(),
])

export const ConsulateCreatePromotion = z
  .object({
    campaign_id: z.string().min(1).max(100),
    /** Upper-cased here; its format and uniqueness are judged with a message in the staff's language. */
    code: z.string().trim().toUpperCase().max(64, "code must be at most 64 characters"),
    automatic: z.boolean().default(false),
    name: localized("name", 120),
    description: localized("description", 1000).optional(),
    discount: Discount,
    min_subtotal_cny: z
      .number()
      .positive("min_subtotal_cny must be greater than 0")
      .max(1_000_000, "min_subtotal_cny must be at most 1000000")
      .optional(),
  })
  .strict()
export type ConsulateCreatePromotion = z.infer<typeof ConsulateCreatePromotion>

export const ConsulateUpdatePromotion = z
  .object({
    status: z.enum(["active", "inactive"]).optional(),
    name: localized("name", 120).optional(),
    description: localized("description", 1000).optional(),
    value: z.number().positive("value must be greater than 0").max(100_000, "value must be at most 100000").optional(),
  })
  .strict()
export type ConsulateUpdatePromotion = z.infer<typeof ConsulateUpdatePromotion>

export const ConsulateFeatureProducts = z.object({ product_ids: ids("product_ids").min(1, "product_ids must list at least 1 id") }).strict()
export type ConsulateFeatureProducts = z.infer<typeof ConsulateFeatureProducts>

export const ConsulateNominate = z
  .object({
    product_ids: ids("product_ids").min(1, "product_ids must list at least 1 id"),
    message: z.string().trim().max(1000, "message must be at most 1000 characters").optional(),
  })
  .strict()
export type ConsulateNominate = z.infer<typeof ConsulateNominate>

export const ConsulateReportQuery = z
  .object({
    campaign_id: z.string().min(1).max(100).optional(),
    from: z.coerce.date().optional(),
    to: z.coerce.date().optional(),
    format: z.enum(["json", "csv"]).default("json"),
  })
  .strict()
export type ConsulateReportQuery = z.infer<typeof ConsulateReportQuery>

export const ConsulateListQuery = z
  .object({
    limit: z.coerce.number().int().min(1, "limit must be at least 1").max(100, "limit must be at most 100").default(50),
    offset: z.coerce.number().int().min(0, "offset must be at least 0").max(1_000_000).default(0),
  })
  .strict()
export type ConsulateListQuery = z.infer<typeof ConsulateListQuery>

/** Staff looking up products to feature: words of the title, or ids (to name the ones already featured). */
export const ConsulateCatalogQuery = z
  .object({
    q: z.string().trim().max(100, "q must be at most 100 characters").optional(),
    id: z.union([z.string().min(1).max(100), ids("id")]).optional(),
    limit: z.coerce.number().int().min(1, "limit must be at least 1").max(100, "limit must be at most 100").default(20),
  })
  .strict()
export type ConsulateCatalogQuery = z.infer<typeof ConsulateCatalogQuery>
