/**
 * `npm run seed [-- --synthetic N]`: loads the catalog (idempotent) into the
 * configured database — the running shop's if `npm start` is up, otherwise
 * the embedded PostgreSQL, started for the occasion and stopped after.
 */
import { medusaExec, withServices } from "./lib/exec"
import { StartupError } from "./lib/processes"
import { bold, fail } from "./lib/ui"
import { SeedArgsError, toLoaderArgs } from "../seed/src/args"

async function main() {
  let args: string[]
  try {
    args = toLoaderArgs(process.argv.slice(2))
  } catch (e) {
    throw e instanceof SeedArgsError ? new StartupError(e.message) : e
  }
  console.log(bold("\nBozor · seeding the catalog\n"))
  const bulk = args.some((a) => a.startsWith("synthetic="))
  await withServices(async (rt) => {
    const started = Date.now()
    // Synthetic products are loaded in bulk: search follows no events meanwhile and is rebuilt once at the end.
    await medusaExec(rt, "../seed/src/load.ts", args, bulk ? { BOZOR_BULK_LOAD: "1" } : {})
    console.log(`\n  seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`)
    if (bulk) await medusaExec(rt, "./src/scripts/reindex.ts", ["product"])
  })
}

main().catch(fail)
