import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import TradeModule from "../modules/trade"

export default defineLink(ProductModule.linkable.product, {
  linkable: TradeModule.linkable.tradeProfile,
  deleteCascade: true,
})
