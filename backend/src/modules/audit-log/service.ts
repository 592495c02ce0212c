import { MedusaService } from "@medusajs/framework/utils"
import AuditEntry from "./models/audit-entry"

class AuditLogModuleService extends MedusaService({ AuditEntry }) {}

export default AuditLogModuleService
