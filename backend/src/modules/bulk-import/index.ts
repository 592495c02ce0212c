import { Module } from "@medusajs/framework/utils"
import BulkImportModuleService from "./service"

/** Exporters' spreadsheet imports (listings, stock and prices): their progress and their rows' problems. */
export const BULK_IMPORT_MODULE = "bulk_import"

export default Module(BULK_IMPORT_MODULE, { service: BulkImportModuleService })
