import { MedusaService } from "@medusajs/framework/utils"
import TradeProfile from "./models/trade-profile"

class TradeModuleService extends MedusaService({ TradeProfile }) {}

export default TradeModuleService
