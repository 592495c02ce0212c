import { MedusaService } from "@medusajs/framework/utils"
import ConsulateStaff from "./models/consulate-staff"

class ConsulateModuleService extends MedusaService({ ConsulateStaff }) {}

export default ConsulateModuleService
