import { model } from "@medusajs/framework/utils"

/**
 * A key an organisation's owner gives its ERP or spreadsheet tool (1C and the
 * like) to sync stock and prices. The secret is shown once at creation; only
 * its SHA-256 is kept, found by the short public prefix the key starts with.
 */
const PartnerApiKey = model
  .define("partner_api_key", {
    id: model.id({ prefix: "pkey" }).primaryKey(),
    /** The auth actor the key acts as: "exporter". */
    actor_type: model.text(),
    /** The organisation it acts for (the exporter's id). */
    scope_id: model.text(),
    title: model.text(),
    /** The key's first characters (e.g. `bzk_3f9a1c2b`), to find it and to show which key is which. */
    token_prefix: model.text().unique(),
    token_hash: model.text(),
    /** The person who created it ("<actor type>:<id>"). */
    created_by: model.text(),
    last_used_at: model.dateTime().nullable(),
    revoked_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["actor_type", "scope_id"] }])

export default PartnerApiKey
