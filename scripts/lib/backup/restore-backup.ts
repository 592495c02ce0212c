import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import path from "node:path"
import { migrate, type BackendRuntime } from "../backend"
import { configFromEnv, shopDataDir } from "../config"
import { medusaExec } from "../exec"
import { ensureDatabase } from "../postgres"
import { StartupError, Supervisor } from "../processes"
import { startServices } from "../stack"
import { step } from "../ui"
import { placeCluster } from "./cluster-files"
import { dataFolderContents, FILES_FOLDER, readManifest, SECRETS, type BackupSecrets, type Manifest } from "./manifest"
import { databaseHasTables, restoreDump } from "./pg-dump"
import { UPLOAD_FOLDERS } from "./write-backup"

export interface RestoreOptions {
  /** Replace what the data folder (or the database at DATABASE_URL) holds. */
  force: boolean
}

/**
 * A customs key given in the environment wins over the data folder's (config.ts): if it is not the key the backup's
 * ID numbers were sealed with, the restored shop could not read them and would refuse to start. Said before anything
 * is touched.
 */
export function assertCustomsKeyFits(secrets: BackupSecrets, env: NodeJS.ProcessEnv) {
  const given = env.CUSTOMS_ENCRYPTION_KEY
  if (!given || given === secrets.customsKey) return
  const previous = (env.CUSTOMS_PREVIOUS_KEYS ?? "").split(",").map((k) => k.trim())
  if (previous.includes(secrets.customsKey)) return
  throw new StartupError(
    "CUSTOMS_ENCRYPTION_KEY in the environment is not the key this backup's ID numbers were sealed with.",
    "Unset it to use the backup's key (from its secrets.json), or keep it and add the backup's key to CUSTOMS_PREVIOUS_KEYS, then run `npm run customs:reseal` after the restore.",
  )
}

/** Empties a claimed data folder, keeping the lock that claims it. */
function emptyDataFolder(dataDir: string, supervisor: Supervisor) {
  for (const entry of readdirSync(dataDir)) {
    const full = path.join(dataDir, entry)
    if (full !== supervisor.runDir) rmSync(full, { recursive: true, force: true })
  }
  for (const entry of readdirSync(supervisor.runDir)) {
    const full = path.join(supervisor.runDir, entry)
    if (full !== supervisor.lockFile) rmSync(full, { recursive: true, force: true })
  }
  mkdirSync(supervisor.logDir, { recursive: true })
}

async function restoreDatabase(manifest: Manifest, backupDir: string, rt: BackendRuntime, replace: boolean) {
  if (manifest.database.method !== "pg_dump") return
  await ensureDatabase(rt.databaseUrl)
  if ((await databaseHasTables(rt.databaseUrl)) && !replace) {
    throw new StartupError(
      "The database at DATABASE_URL has tables: restoring into it would mix two shops.",
      "Point DATABASE_URL at a new, empty database, or add --force to replace what the backup holds.",
    )
  }
  await restoreDump(rt.databaseUrl, path.join(backupDir, manifest.database.file), replace)
}

/**
 * Brings the data folder (BOZOR_DATA_DIR or .data) back to a backup: its secrets, uploaded files and database, then
 * migrates the database to this release and rebuilds the search index from it. A folder with data in it is refused
 * unless `force`; a folder a running shop holds is always refused.
 */
export async function restoreBackup(backupDir: string, env: NodeJS.ProcessEnv, options: RestoreOptions) {
  const manifest = readManifest(backupDir)
  const secrets: BackupSecrets = JSON.parse(readFileSync(path.join(backupDir, SECRETS), "utf8"))
  assertCustomsKeyFits(secrets, env)
  if (manifest.database.method === "cluster-files" && env.DATABASE_URL) {
    throw new StartupError(
      "This backup holds the embedded PostgreSQL's own files; they cannot be restored into the server at DATABASE_URL.",
      "Restore it without DATABASE_URL (into the embedded PostgreSQL), or take a pg_dump backup of a shop that runs on DATABASE_URL.",
    )
  }

  const dataDir = shopDataDir(env)
  const present = dataFolderContents(dataDir)
  if (present.length && !options.force) {
    throw new StartupError(
      `The data folder ${dataDir} is not empty (${present.slice(0, 6).join(", ")}${present.length > 6 ? ", …" : ""}): a restore replaces everything in it.`,
      "Restore into a new folder (BOZOR_DATA_DIR=<new folder> npm run restore <backup>), or add --force to replace what is there.",
    )
  }
  const supervisor = new Supervisor(dataDir)
  try {
    // Refuses the folder of a running shop, --force or not.
    await supervisor.claim()
    if (present.length) emptyDataFolder(dataDir, supervisor)

    const { customsPreviousKeys, ...stored } = secrets
    writeFileSync(path.join(dataDir, SECRETS), JSON.stringify(stored, null, 2) + "\n", { mode: 0o600 })
    const config = configFromEnv(env)
    for (const folder of UPLOAD_FOLDERS) {
      const copy = path.join(backupDir, FILES_FOLDER, folder)
      mkdirSync(path.join(dataDir, folder), { recursive: true })
      if (existsSync(copy)) cpSync(copy, path.join(dataDir, folder), { recursive: true })
    }
    if (manifest.database.method === "cluster-files") {
      placeCluster(path.join(backupDir, manifest.database.folder), path.join(dataDir, "postgres"))
    }

    const rt = await startServices(config, supervisor)
    await step("Database from the backup", () => restoreDatabase(manifest, backupDir, rt, options.force))
    await step("Database migrations", () => migrate(rt, supervisor, true))
    // The index is derived from the database: rebuilt, it matches the restored data exactly.
    console.log("  … Search index, rebuilt from the database")
    await medusaExec(rt, "./src/scripts/reindex.ts")
    return { dataDir, manifest, previousKeys: Boolean(customsPreviousKeys) }
  } finally {
    await supervisor.stopAll()
  }
}
