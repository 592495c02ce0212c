import { MedusaService } from "@medusajs/framework/utils"
import ImportJob from "./models/import-job"

class BulkImportModuleService extends MedusaService({ ImportJob }) {}

export default BulkImportModuleService
