import { model } from "@medusajs/framework/utils"
import { PUBLICATION_STATUSES } from "../constants"

/**
 * A campaign as the shop shows it: its page (slug, title and text in zh-CN and
 * en, hero image), the products and exporters it features, and the Medusa
 * campaign whose promotions it carries. The page's window is the campaign's:
 * the workflows write it to the Medusa campaign too, so the banner and the
 * discount start and end together. `boundary_checked_at` is when the scheduler
 * last revalidated the shop for this page's start or end.
 */
const CampaignPage = model
  .define("campaign_page", {
    id: model.id({ prefix: "cpage" }).primaryKey(),
    slug: model.text().unique(),
    title: model.json(),
    body: model.json(),
    hero_image_url: model.text().nullable(),
    featured_product_ids: model.array(),
    featured_exporter_ids: model.array(),
    campaign_id: model.text().nullable(),
    starts_at: model.dateTime(),
    ends_at: model.dateTime(),
    status: model.enum([...PUBLICATION_STATUSES]).default("draft"),
    boundary_checked_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["status", "starts_at", "ends_at"] }])

export default CampaignPage
