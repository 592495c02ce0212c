import { model } from "@medusajs/framework/utils"

/**
 * A campaign of Medusa's Promotion Module that the consulate runs: staff see
 * and change only these (the shop's own campaigns stay the operators').
 */
const ConsulateCampaign = model.define("consulate_campaign", {
  id: model.id({ prefix: "ccamp" }).primaryKey(),
  /** The Promotion Module's campaign id. */
  campaign_id: model.text().unique(),
  /** The staff member who created it. */
  created_by: model.text(),
})

export default ConsulateCampaign
