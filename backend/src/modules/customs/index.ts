import { Module } from "@medusajs/framework/utils"
import verifyCustomsKeys from "./loaders/verify-keys"
import CustomsModuleService from "./service"

export const CUSTOMS_MODULE = "customs"

export default Module(CUSTOMS_MODULE, { service: CustomsModuleService, loaders: [verifyCustomsKeys] })
