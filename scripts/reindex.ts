/**
 * `npm run reindex`: rebuilds the product search index from the database
 * into a new index version while the current one keeps answering, then swaps
 * (backend/src/scripts/reindex.ts). Uses the running shop when it is up.
 */
import { medusaExec, withServices } from "./lib/exec"
import { bold, fail } from "./lib/ui"

async function main() {
  console.log(bold("\nBozor · rebuilding the search index\n"))
  await withServices((rt) => medusaExec(rt, "./src/scripts/reindex.ts"))
}

main().catch(fail)
