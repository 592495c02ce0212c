import { model } from "@medusajs/framework/utils"

/**
 * A buyer's real-name identity for customs: the name and the PRC ID number,
 * which is stored only sealed (AES-256-GCM), as a keyed digest for quota
 * lookups, and in masked form for display.
 */
const CustomsIdentity = model
  .define("customs_identity", {
    id: model.id({ prefix: "cusid" }).primaryKey(),
    customer_id: model.text().nullable(),
    /** Set for a guest's identity: it may be used by this cart only. */
    cart_id: model.text().nullable(),
    real_name: model.text(),
    id_number_sealed: model.text(),
    id_number_digest: model.text(),
    id_number_masked: model.text(),
    /** The key that sealed the number and keyed its digest (null: sealed before key ids). */
    key_id: model.text().nullable(),
    kind: model.enum(["mainland", "hong_kong", "macau", "taiwan"]),
  })
  .indexes([{ on: ["customer_id"], where: "deleted_at IS NULL" }, { on: ["id_number_digest"] }])

export default CustomsIdentity
