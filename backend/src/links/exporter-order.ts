import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import ExporterModule from "../modules/exporter"

export default defineLink(ExporterModule.linkable.exporter, {
  linkable: OrderModule.linkable.order,
  isList: true,
})
