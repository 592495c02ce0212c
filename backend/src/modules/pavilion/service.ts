import { MedusaService } from "@medusajs/framework/utils"
import CampaignPage from "./models/campaign-page"
import PavilionEvent from "./models/pavilion-event"
import PavilionPage from "./models/pavilion-page"

class PavilionModuleService extends MedusaService({ CampaignPage, PavilionPage, PavilionEvent }) {}

export default PavilionModuleService
