import { z } from "@medusajs/framework/zod"

export const StoreRequestOrderLink = z
  .object({ email: z.string().trim().email("email must be an e-mail address").max(254, "email must be at most 254 characters") })
  .strict()
export type StoreRequestOrderLink = z.infer<typeof StoreRequestOrderLink>
