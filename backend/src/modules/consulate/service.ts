import { MedusaService } from "@medusajs/framework/utils"
import CampaignFeaturedProduct from "./models/campaign-featured-product"
import CampaignNomination from "./models/campaign-nomination"
import ConsulateCampaign from "./models/consulate-campaign"
import ConsulateStaff from "./models/consulate-staff"

class ConsulateModuleService extends MedusaService({ ConsulateStaff, ConsulateCampaign, CampaignFeaturedProduct, CampaignNomination }) {}

export default ConsulateModuleService
