import { Module } from "@medusajs/framework/utils"
import SeedLedgerModuleService from "./service"

/** What the catalog seed (seed/src/load.ts) has created, so that it creates each thing once and touches nothing else. */
export const SEED_LEDGER_MODULE = "seed_ledger"

export default Module(SEED_LEDGER_MODULE, { service: SeedLedgerModuleService })
