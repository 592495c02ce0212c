import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import ExporterModule from "../modules/exporter"

export default defineLink(ExporterModule.linkable.exporter, {
  linkable: ProductModule.linkable.product,
  isList: true,
})
