/**
 * `npm run backup [-- --to <folder>]`: writes a consistent backup of the shop — its database, uploaded files and the
 * secrets the data needs — into a new folder under `--to`, BOZOR_BACKUP_DIR or `backups/` (scripts/lib/backup). The
 * running shop keeps serving meanwhile; when it is not running, its PostgreSQL is started for the occasion.
 */
import path from "node:path"
import { parseArgs } from "node:util"
import { configFromEnv, ConfigError, ROOT } from "./lib/config"
import { ensureDatabase, startEmbeddedPostgres } from "./lib/postgres"
import { StartupError, Supervisor } from "./lib/processes"
import { runningServices } from "./lib/stack"
import { writeBackup } from "./lib/backup/write-backup"
import { bold, dim, fail, step } from "./lib/ui"

function options() {
  try {
    return parseArgs({ args: process.argv.slice(2), options: { to: { type: "string" } }, strict: true }).values
  } catch (e) {
    throw new StartupError(`${(e as Error).message.split(". ")[0]}. Usage: npm run backup [-- --to <folder>]`)
  }
}

async function main() {
  const { to } = options()
  let config
  try {
    config = configFromEnv()
  } catch (e) {
    throw e instanceof ConfigError ? new StartupError(e.message) : e
  }
  const parent = path.resolve(ROOT, to || process.env.BOZOR_BACKUP_DIR || "backups")
  if ((parent + path.sep).startsWith(config.dataDir + path.sep)) {
    throw new StartupError(
      `${parent} is inside the data folder ${config.dataDir}.`,
      "Keep backups outside it: a restore replaces the data folder, and a backup there would be copied into the next one.",
    )
  }
  console.log(bold("\nBozor · backup\n"))
  const supervisor = new Supervisor(config.dataDir)
  try {
    let databaseUrl = runningServices(config, supervisor)?.databaseUrl
    if (databaseUrl) {
      console.log("  backing up the running shop")
    } else {
      await supervisor.claim()
      databaseUrl = config.databaseUrl
        ? await step("PostgreSQL (DATABASE_URL)", async () => (await ensureDatabase(config.databaseUrl!), config.databaseUrl!))
        : await step("PostgreSQL 18 (embedded)", () => startEmbeddedPostgres(config, supervisor))
    }
    const { dir, manifest } = await step("Database, uploaded files and secrets", () => writeBackup(config, databaseUrl!, parent))
    const files =
      manifest.uploads.stored === "files"
        ? `${manifest.uploads.public} public and ${manifest.uploads.private} private files`
        : `files stay in S3 bucket ${manifest.uploads.bucket}`
    console.log(`
  ${bold(dir)}
  database: ${manifest.database.method} (PostgreSQL ${manifest.database.server_version}) · ${files} · secrets.json
  ${dim("It holds the customs key and buyers' personal data: encrypt it and keep it apart from the shop (README, Operations).")}
  ${dim(`Restore into a new data folder: BOZOR_DATA_DIR=<folder> npm run restore ${path.relative(ROOT, dir) || dir}`)}
`)
  } finally {
    await supervisor.stopAll()
  }
}

main().catch(fail)
