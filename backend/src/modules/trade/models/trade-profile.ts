import { model } from "@medusajs/framework/utils"
import { ORIGIN_REGIONS, STOCK_ORIGINS } from "../constants"

/**
 * The customs and food-safety facts of one product: what China's rules and the
 * product page need, kept out of product metadata so they are typed and queryable.
 */
const TradeProfile = model.define("trade_profile", {
  id: model.id({ prefix: "trade" }).primaryKey(),
  origin_region: model.enum([...ORIGIN_REGIONS]),
  hs_code: model.text(),
  vat_rate: model.number(),
  stock_origin: model.enum([...STOCK_ORIGINS]),
  fulfilment_modes: model.array(),
  shelf_life_days: model.number().nullable(),
  storage: model.text().translatable().nullable(),
  allergens: model.array(),
  certificates: model.array(),
  manufacturer: model.text().translatable(),
  gacc_registration_number: model.text().nullable(),
  indivisible: model.boolean().default(false),
  label_zh: model.text().nullable(),
})

export default TradeProfile
