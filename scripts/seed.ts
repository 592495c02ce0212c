/**
 * `npm run seed [-- --synthetic N]`: loads what the catalog seed never created into the
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
  await withServices(async (rt) => {
    const started = Date.now()
    // The loader follows no search or storefront events while it loads and rebuilds the search index once at the end.
    await medusaExec(rt, "../seed/src/load.ts", args)
    console.log(`\n  seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  })
}

main().catch(fail)
