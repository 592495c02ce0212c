/**
 * `npm run customs:reseal`: after a customs key rotation (new key in
 * CUSTOMS_ENCRYPTION_KEY, the old one in CUSTOMS_PREVIOUS_KEYS), moves every
 * sealed ID number and quota digest to the new key (backend/src/scripts/reseal-customs.ts).
 * Uses the running shop's database when it is up.
 */
import { medusaExec, withServices } from "./lib/exec"
import { bold, fail } from "./lib/ui"

async function main() {
  console.log(bold("\nBozor · re-sealing customs ID numbers with the current key\n"))
  await withServices((rt) => medusaExec(rt, "./src/scripts/reseal-customs.ts"))
}

main().catch(fail)
