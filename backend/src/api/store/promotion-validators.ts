import { z } from "@medusajs/framework/zod"

/** Promotion codes as staff write them; the longest the shop accepts. */
export const PROMOTION_CODE_MAX = 40

export const StorePromotionCode = z
  .object({
    code: z.string().trim().min(1, "code is required").max(PROMOTION_CODE_MAX, `code must be at most ${PROMOTION_CODE_MAX} characters`),
  })
  .strict()
export type StorePromotionCode = z.infer<typeof StorePromotionCode>
