import { defineProductIndex } from "./product"

/**
 * The benchmark's baseline: the same product index served by Medusa's own
 * PostgreSQL provider, registered only when BOZOR_SEARCH_BASELINE=1
 * (bench/search.ts) so the shop itself keeps a single engine.
 */
if (process.env.BOZOR_SEARCH_BASELINE === "1") defineProductIndex("product_pg", "search-postgres")
