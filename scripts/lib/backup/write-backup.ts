import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs"
import path from "node:path"
import type { StackConfig } from "../config"
import { queryValue } from "../postgres"
import { StartupError } from "../processes"
import { copyClusterOnline } from "./cluster-files"
import {
  BACKUP_FORMAT,
  backupName,
  CLUSTER_FOLDER,
  DUMP_FILE,
  FILES_FOLDER,
  MANIFEST,
  SECRETS,
  type BackupSecrets,
  type DatabaseCopy,
  type Manifest,
} from "./manifest"
import { dumpDatabase } from "./pg-dump"

/** Public uploads (product images, logos) and private files (order exports), where the local file provider keeps them. */
export const UPLOAD_FOLDERS = ["static", "private"] as const

const countFiles = (dir: string): number =>
  existsSync(dir) ? readdirSync(dir, { recursive: true }).filter((f) => statSync(path.join(dir, String(f))).isFile()).length : 0

/**
 * The database as the running server holds it. The embedded PostgreSQL — the server whose data directory is this data
 * folder's — is copied as files, online; any other server (DATABASE_URL) is dumped with the pg_dump on PATH.
 */
async function copyDatabase(config: StackConfig, databaseUrl: string, dest: string): Promise<DatabaseCopy> {
  const clusterDir = path.join(config.dataDir, "postgres")
  const serverDir = await queryValue<string>(databaseUrl, "show data_directory").catch(() => undefined)
  if (serverDir && path.resolve(serverDir) === path.resolve(clusterDir)) {
    const version = await copyClusterOnline(databaseUrl, clusterDir, path.join(dest, CLUSTER_FOLDER))
    return { method: "cluster-files", folder: CLUSTER_FOLDER, server_version: version }
  }
  const version = await dumpDatabase(databaseUrl, path.join(dest, DUMP_FILE))
  return { method: "pg_dump", file: DUMP_FILE, server_version: version }
}

/**
 * Writes one backup into `parent` and returns its folder. The database comes first: files are only ever added under
 * new names, so every file its rows name is already there when the files are copied after it. The folder is written
 * under a `.partial` name and renamed when complete, so an interrupted backup is never taken for one.
 */
export async function writeBackup(
  config: StackConfig,
  databaseUrl: string,
  parent: string,
  at = new Date(),
): Promise<{ dir: string; manifest: Manifest }> {
  const dir = path.join(path.resolve(parent), backupName(at))
  if (existsSync(dir)) throw new StartupError(`${dir} exists already.`, "Wait a second and run the backup again.")
  const work = `${dir}.partial`
  rmSync(work, { recursive: true, force: true })
  mkdirSync(work, { recursive: true, mode: 0o700 })
  try {
    const database = await copyDatabase(config, databaseUrl, work)

    const bucket = config.env.S3_BUCKET
    let uploads: Manifest["uploads"]
    if (bucket) {
      uploads = { stored: "s3", bucket }
    } else {
      for (const folder of UPLOAD_FOLDERS) {
        const source = path.join(config.dataDir, folder)
        if (existsSync(source)) cpSync(source, path.join(work, FILES_FOLDER, folder), { recursive: true })
      }
      uploads = {
        stored: "files",
        public: countFiles(path.join(work, FILES_FOLDER, "static")),
        private: countFiles(path.join(work, FILES_FOLDER, "private")),
      }
    }

    // Without the customs key the ID numbers in the database cannot be read, nor the annual quota counted.
    const secrets: BackupSecrets = {
      ...config.secrets,
      ...(config.env.CUSTOMS_PREVIOUS_KEYS ? { customsPreviousKeys: config.env.CUSTOMS_PREVIOUS_KEYS } : {}),
    }
    writeFileSync(path.join(work, SECRETS), JSON.stringify(secrets, null, 2) + "\n", { mode: 0o600 })

    const manifest: Manifest = { format: BACKUP_FORMAT, created_at: at.toISOString(), database, uploads, search: "rebuilt-on-restore" }
    writeFileSync(path.join(work, MANIFEST), JSON.stringify(manifest, null, 2) + "\n")
    renameSync(work, dir)
    return { dir, manifest }
  } catch (e) {
    rmSync(work, { recursive: true, force: true })
    throw e
  }
}
