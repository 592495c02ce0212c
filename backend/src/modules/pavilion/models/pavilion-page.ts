import { model } from "@medusajs/framework/utils"

/**
 * Uzbekistan's national pavilion in the shop (one record, PAVILION_PAGE_ID):
 * the country's story, the exporters the consulate features, and the Guangzhou
 * exhibition-and-sales centre (address, opening hours, pickup). Texts are
 * `{ "zh-CN", en }`.
 */
const PavilionPage = model.define("pavilion_page", {
  id: model.id().primaryKey(),
  story: model.json(),
  featured_exporter_ids: model.array(),
  centre_address: model.json(),
  centre_hours: model.json(),
  centre_pickup: model.json(),
})

export default PavilionPage
