import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import CrossBorderTaxProvider from "./service"

export default ModuleProvider(Modules.TAX, { services: [CrossBorderTaxProvider] })
