import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import ExporterModule from "../modules/exporter"

/**
 * Many to many: one order stays one order (it is not split per exporter as in
 * Medusa's marketplace recipe), so an order with two exporters' products is
 * linked to both, and each reads only its own lines of it.
 */
export default defineLink(
  { linkable: ExporterModule.linkable.exporter, isList: true },
  { linkable: OrderModule.linkable.order, isList: true },
)
