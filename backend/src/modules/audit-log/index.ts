import { Module } from "@medusajs/framework/utils"
import AuditLogModuleService from "./service"

/** Who changed what and when: listings, exporters and their people (and, next, the consulate's campaigns). */
export const AUDIT_LOG_MODULE = "audit_log"

export default Module(AUDIT_LOG_MODULE, { service: AuditLogModuleService })
