import { Module } from "@medusajs/framework/utils"
import ConsulateModuleService from "./service"

/** The consulate's staff (the `consulate` actor) and what they decide about campaigns. */
export const CONSULATE_MODULE = "consulate"

export default Module(CONSULATE_MODULE, { service: ConsulateModuleService })
