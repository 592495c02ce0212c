import { model } from "@medusajs/framework/utils"

/**
 * Staff invite an exporter's product into a campaign; the exporter's people
 * accept (the product joins the campaign's featured list) or decline, in the
 * portal. Staff may withdraw an invitation not yet answered.
 */
const CampaignNomination = model
  .define("campaign_nomination", {
    id: model.id({ prefix: "cnom" }).primaryKey(),
    campaign_id: model.text(),
    product_id: model.text(),
    /** The exporter whose product it is: the only one whose people see and answer it. */
    exporter_id: model.text(),
    status: model.enum(["invited", "accepted", "declined", "withdrawn"]).default("invited"),
    /** What staff wrote to the exporter. */
    message: model.text().nullable(),
    invited_by: model.text(),
    decided_by: model.text().nullable(),
    decided_at: model.dateTime().nullable(),
    decline_reason: model.text().nullable(),
  })
  .indexes([{ on: ["exporter_id", "status"] }, { on: ["campaign_id"] }])

export default CampaignNomination
