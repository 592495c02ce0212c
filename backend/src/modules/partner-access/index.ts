import { Module } from "@medusajs/framework/utils"
import PartnerAccessModuleService from "./service"

/** Invitations of partner actors (exporter people now, consulate staff next): the shared way in. */
export const PARTNER_ACCESS_MODULE = "partner_access"

export default Module(PARTNER_ACCESS_MODULE, { service: PartnerAccessModuleService })
