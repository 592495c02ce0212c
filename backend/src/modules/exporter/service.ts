import { MedusaService } from "@medusajs/framework/utils"
import Exporter from "./models/exporter"
import ExporterAdmin from "./models/exporter-admin"

class ExporterModuleService extends MedusaService({ Exporter, ExporterAdmin }) {}

export default ExporterModuleService
