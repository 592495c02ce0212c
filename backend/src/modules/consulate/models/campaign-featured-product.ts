import { model } from "@medusajs/framework/utils"

/**
 * A product a campaign features (its page, the home page's strip): added by
 * staff, or by an exporter accepting a nomination. One row per campaign and
 * product; `position` orders them.
 */
const CampaignFeaturedProduct = model
  .define("campaign_featured_product", {
    id: model.id({ prefix: "cfeat" }).primaryKey(),
    campaign_id: model.text(),
    product_id: model.text(),
    position: model.number().default(0),
    source: model.enum(["staff", "nomination"]).default("staff"),
    nomination_id: model.text().nullable(),
  })
  .indexes([{ on: ["campaign_id", "product_id"], unique: true, where: "deleted_at IS NULL" }, { on: ["product_id"] }])

export default CampaignFeaturedProduct
