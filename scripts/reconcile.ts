/**
 * `npm run reconcile [-- --repair] [--json]`: compares the product search index with the database and reports
 * drift (products missing from the index, documents of products that are gone, documents that differ from what
 * indexing the product now writes). Exit 0 when they agree, 1 when they do not (with `--repair`: when they still do
 * not after the repair), 2 when the check could not run. Uses the running shop when it is up.
 */
import type { IndexCheck } from "../backend/src/search/lib/reconcile-report"
import { reconcileSearchIndex } from "./lib/reconcile"
import { bold, dim, fail, green, red } from "./lib/ui"

const USAGE = "usage: npm run reconcile [-- --repair] [--json]"
/** Ids shown per kind of drift in the terminal (`--json` has the first 20). */
const SHOWN = 5

function print(check: IndexCheck) {
  console.log(
    `  index "${check.index}" (${check.physical_index}): ${check.checked.products} products in the database, ` +
      `${check.checked.documents} documents in the index ${dim(`(${(check.duration_ms / 1000).toFixed(1)} s)`)}`,
  )
  const fields = Object.entries(check.stale.fields)
    .map(([f, n]) => `${f} ${n}`)
    .join(", ")
  for (const [kind, drift, note] of [
    ["missing", check.missing, ""],
    ["orphaned", check.orphaned, ""],
    ["stale", check.stale, fields ? ` · fields: ${fields}` : ""],
  ] as const) {
    const ids = drift.ids.slice(0, SHOWN)
    const more = drift.count > ids.length ? ` … and ${drift.count - ids.length} more` : ""
    console.log(`  ${kind.padEnd(9)} ${String(drift.count).padStart(6)}${drift.count ? `  ${ids.join(" ")}${more}${note}` : ""}`)
  }
  console.log(
    check.in_sync ? `  ${green("✔")} the index agrees with the database` : `  ${red("✖")} the index has drifted from the database`,
  )
}

async function main() {
  const argv = process.argv.slice(2)
  const unknown = argv.filter((a) => a !== "--repair" && a !== "--json")
  if (unknown.length) throw new Error(`unknown option ${unknown.join(" ")}; ${USAGE}`)
  const json = argv.includes("--json")
  const repair = argv.includes("--repair")
  // With --json stdout carries the result alone: what the launcher prints on the way goes to stderr.
  if (json) console.log = console.error
  else console.log(bold(`\nBozor · reconciling the search index with the database${repair ? " (and repairing it)" : ""}\n`))
  const result = await reconcileSearchIndex({ repair })
  if (json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`)
  else {
    print(result)
    if (result.repair) {
      console.log(`\n  repaired ${result.repair.documents} documents in ${(result.repair.duration_ms / 1000).toFixed(1)} s; checked again:`)
      print(result.repair.after)
    } else if (!result.in_sync) console.log(dim("  npm run reconcile -- --repair writes them again"))
  }
  // Exit explicitly: the launcher's exit hook (async-exit-hook) would end the process with 0 otherwise.
  const code = (result.repair?.after ?? result).in_sync ? 0 : 1
  process.stdout.write("", () => process.exit(code))
}

main().catch((e) => fail(e, 2))
