import { Module } from "@medusajs/framework/utils"
import PavilionModuleService from "./service"

/** The consulate's content in the shop: campaign pages, the national pavilion page and its events. */
export const PAVILION_MODULE = "pavilion"

export default Module(PAVILION_MODULE, { service: PavilionModuleService })
