import { z } from "@medusajs/framework/zod"

/** Shapes only: the ID number's rules (GB 11643) are checked by the workflow, which explains each failure. */
const IdentityInput = z.object({
  real_name: z.string().max(40, "real_name must be at most 40 characters"),
  id_number: z.string().max(30, "id_number must be at most 30 characters"),
})

export const StoreCreateCustomsIdentity = IdentityInput.strict()
export type StoreCreateCustomsIdentity = z.infer<typeof StoreCreateCustomsIdentity>

export const StoreSetCartCustoms = z
  .object({
    identity_id: z.string().max(64).optional(),
    identity: IdentityInput.extend({ save: z.boolean().optional() }).strict().optional(),
    payer_is_buyer: z.boolean(),
  })
  .strict()
  .refine((b) => !!b.identity_id !== !!b.identity, {
    message: "Give either identity_id (a saved identity) or identity (real_name and id_number), not both",
    path: ["identity_id"],
  })
export type StoreSetCartCustoms = z.infer<typeof StoreSetCartCustoms>
