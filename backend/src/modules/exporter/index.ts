import { Module } from "@medusajs/framework/utils"
import ExporterModuleService from "./service"

export const EXPORTER_MODULE = "exporter"

export default Module(EXPORTER_MODULE, { service: ExporterModuleService })
