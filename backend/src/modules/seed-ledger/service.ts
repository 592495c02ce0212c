import { MedusaService } from "@medusajs/framework/utils"
import SeedRecord from "./models/seed-record"

class SeedLedgerModuleService extends MedusaService({ SeedRecord }) {}

export default SeedLedgerModuleService
