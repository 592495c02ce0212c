import { Module } from "@medusajs/framework/utils"
import SearchCatchUpModuleService from "./service"

export const SEARCH_CATCH_UP_MODULE = "search_catch_up"

export default Module(SEARCH_CATCH_UP_MODULE, { service: SearchCatchUpModuleService })
