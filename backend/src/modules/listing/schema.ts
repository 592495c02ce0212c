import { z } from "@medusajs/framework/zod"
import { TradeProfileInput } from "../trade/schema"

/**
 * What an exporter writes about a listing (POST /exporter/products and its
 * edits). Every field is optional in an edit; null clears a text. Trade data
 * are replaced as a whole when given (the portal sends the whole form).
 */
const text = (field: string, max: number) => z.string().trim().max(max, `${field} must be at most ${max} characters`).nullish()

const LocaleContent = z
  .object({
    title: text("title", 255),
    subtitle: text("subtitle", 255),
    description: text("description", 10_000),
  })
  .strict()

const ListingContent = z.object({ "zh-CN": LocaleContent.optional(), en: LocaleContent.optional(), ru: LocaleContent.optional() }).strict()

const OptionInput = z
  .object({
    title: z.string().trim().min(1, "options[].title is required").max(60, "options[].title must be at most 60 characters"),
    values: z
      .array(z.string().trim().min(1).max(60, "options[].values must be at most 60 characters each"))
      .min(1, "options[].values needs at least one value")
      .max(30, "options[].values may have at most 30 values"),
  })
  .strict()

const VariantInput = z
  .object({
    id: z.string().max(100).optional(),
    title: z.string().trim().min(1, "variants[].title is required").max(120, "variants[].title must be at most 120 characters"),
    sku: z.string().trim().max(64, "variants[].sku must be at most 64 characters").nullish(),
    options: z.record(z.string(), z.string().max(60)).default({}),
    price_cny: z
      .number()
      .positive("variants[].price_cny must be more than 0")
      .max(1_000_000, "variants[].price_cny must be at most 1,000,000 yuan")
      .nullish(),
    /** Units at the listing's stock location (Tashkent for cross-border, Guangzhou for domestic stock). */
    stocked_quantity: z.number().int().min(0).max(1_000_000, "variants[].stocked_quantity must be at most 1,000,000").optional(),
  })
  .strict()

export const ListingInput = z
  .object({
    content: ListingContent.optional(),
    category_id: z.string().max(100).nullish(),
    options: z.array(OptionInput).max(3, "options may have at most 3 entries").optional(),
    variants: z
      .array(VariantInput)
      .min(1, "variants needs at least one variant")
      .max(100, "variants may have at most 100 entries")
      .optional(),
    trade: TradeProfileInput.optional(),
  })
  .strict()
  .superRefine((input, ctx) => {
    if (!input.variants) return
    const options = input.options
    const titles = new Set((options ?? []).map((o) => o.title))
    const combos = new Set<string>()
    input.variants.forEach((variant, i) => {
      for (const [title, value] of Object.entries(variant.options)) {
        const option = options?.find((o) => o.title === title)
        if (!options) continue // checked against the listing's own options when the edit is applied
        if (!option)
          ctx.addIssue({
            code: "custom",
            path: ["variants", i, "options", title],
            message: `variants[${i}].options names "${title}", which is not among options`,
          })
        else if (!option.values.includes(value))
          ctx.addIssue({
            code: "custom",
            path: ["variants", i, "options", title],
            message: `variants[${i}].options: "${value}" is not a value of option "${title}"`,
          })
      }
      if (options) {
        for (const title of titles)
          if (!(title in variant.options))
            ctx.addIssue({
              code: "custom",
              path: ["variants", i, "options"],
              message: `variants[${i}].options needs a value for "${title}"`,
            })
      }
      const combo = JSON.stringify(Object.entries(variant.options).sort())
      if (combos.has(combo))
        ctx.addIssue({
          code: "custom",
          path: ["variants", i, "options"],
          message: `variants[${i}] has the same options as another variant`,
        })
      combos.add(combo)
    })
    if (new Set((options ?? []).map((o) => o.title)).size !== (options ?? []).length) {
      ctx.addIssue({ code: "custom", path: ["options"], message: "options must have different titles" })
    }
  })
export type ListingInput = z.infer<typeof ListingInput>
