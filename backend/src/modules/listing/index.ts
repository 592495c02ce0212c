import { Module } from "@medusajs/framework/utils"
import ListingModuleService from "./service"

/** Review states of exporters' listings and the content changes that wait for review. */
export const LISTING_MODULE = "listing"

export default Module(LISTING_MODULE, { service: ListingModuleService })
