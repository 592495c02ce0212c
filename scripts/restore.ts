/**
 * `npm run restore <backup> [-- --force]`: brings the data folder (BOZOR_DATA_DIR or .data) back to a backup that
 * `npm run backup` wrote, then migrates it and rebuilds the search index (scripts/lib/backup/restore-backup.ts).
 */
import path from "node:path"
import { parseArgs } from "node:util"
import { ROOT } from "./lib/config"
import { StartupError } from "./lib/processes"
import { restoreBackup } from "./lib/backup/restore-backup"
import { bold, dim, fail } from "./lib/ui"

const USAGE = "Usage: npm run restore -- <backup folder> [--force]"

function options() {
  try {
    const { values, positionals } = parseArgs({
      args: process.argv.slice(2),
      options: { force: { type: "boolean", default: false } },
      allowPositionals: true,
      strict: true,
    })
    if (positionals.length !== 1) throw new StartupError(`Name one backup folder. ${USAGE}`)
    return { backup: path.resolve(process.cwd(), positionals[0]), force: values.force }
  } catch (e) {
    if (e instanceof StartupError) throw e
    throw new StartupError(`${(e as Error).message.split(". ")[0]}. ${USAGE}`)
  }
}

async function main() {
  const { backup, force } = options()
  console.log(bold(`\nBozor · restoring ${backup}\n`))
  const started = Date.now()
  const { dataDir, previousKeys } = await restoreBackup(backup, process.env, { force })
  console.log(`
  ${bold(`Restored in ${((Date.now() - started) / 1000).toFixed(1)} s`)} into ${dataDir}
${previousKeys ? `  ${bold("This backup was taken during a customs key rotation:")} set CUSTOMS_PREVIOUS_KEYS from its secrets.json (customsPreviousKeys) before starting.\n` : ""}  ${dim(`Start the shop on it: ${dataDir === path.join(ROOT, ".data") ? "" : `BOZOR_DATA_DIR=${dataDir} `}npm start`)}
`)
}

main().catch(fail)
