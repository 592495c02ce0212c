import { existsSync, readdirSync, readFileSync } from "node:fs"
import path from "node:path"
import { StartupError } from "../processes"
import type { Secrets } from "../config"

/**
 * A backup is a folder: `backup.json` (this manifest), the database (`postgres/`, a copy of the embedded cluster, or
 * `database.dump` from pg_dump), the uploaded files (`files/static`, `files/private`) and `secrets.json`. The folder
 * is the contract: copy it anywhere (another disk, object storage) as it is, and `npm run restore` takes it back.
 */
export const BACKUP_FORMAT = "bozor-backup/1"
export const MANIFEST = "backup.json"
export const SECRETS = "secrets.json"
export const CLUSTER_FOLDER = "postgres"
export const DUMP_FILE = "database.dump"
export const FILES_FOLDER = "files"

export type DatabaseCopy =
  /** The embedded PostgreSQL's own files, copied online between pg_backup_start and pg_backup_stop, with their WAL. */
  | { method: "cluster-files"; folder: string; server_version: string }
  /** An external PostgreSQL (DATABASE_URL), dumped with pg_dump's custom format. */
  | { method: "pg_dump"; file: string; server_version: string }

export interface Manifest {
  format: typeof BACKUP_FORMAT
  created_at: string
  database: DatabaseCopy
  /** Uploaded files are in the backup, or stay in the S3 bucket the shop writes to (back that up with versioning). */
  uploads: { stored: "files"; public: number; private: number } | { stored: "s3"; bucket: string }
  /** The product index is not copied: restore rebuilds it from the database (see README, Operations). */
  search: "rebuilt-on-restore"
}

/** What `secrets.json` of a backup holds: the data folder's secrets, and earlier customs keys kept during a rotation. */
export type BackupSecrets = Secrets & { customsPreviousKeys?: string }

/** `bozor-20261203-144200Z`: sorts by time, and says it is UTC. */
export function backupName(at: Date): string {
  const iso = at.toISOString() // 2026-12-03T14:42:00.123Z
  return `bozor-${iso.slice(0, 10).replace(/-/g, "")}-${iso.slice(11, 19).replace(/:/g, "")}Z`
}

/** Reads and checks a backup folder's manifest; anything else is refused with what was expected there. */
export function readManifest(dir: string): Manifest {
  const file = path.join(dir, MANIFEST)
  const notABackup = (why: string): never => {
    throw new StartupError(`${dir} is not a Bozor backup: ${why}.`, `Name a folder that \`npm run backup\` wrote (it holds ${MANIFEST}).`)
  }
  if (!existsSync(file)) notABackup(`it has no ${MANIFEST}`)
  let manifest: Manifest
  try {
    manifest = JSON.parse(readFileSync(file, "utf8"))
  } catch {
    return notABackup(`${MANIFEST} is not valid JSON`)
  }
  if (manifest.format !== BACKUP_FORMAT)
    notABackup(`${MANIFEST} has format ${JSON.stringify(manifest.format)}, this release reads ${BACKUP_FORMAT}`)
  const db = manifest.database
  const dbPath = db?.method === "cluster-files" ? db.folder : db?.method === "pg_dump" ? db.file : undefined
  if (!dbPath || !existsSync(path.join(dir, dbPath))) notABackup("its database copy is missing")
  if (!existsSync(path.join(dir, SECRETS))) notABackup(`its ${SECRETS} is missing`)
  return manifest
}

/** Folders the launcher makes for itself in any data folder it touches: they hold no data. */
const HOUSEKEEPING = new Set(["run", "logs"])

/** What a data folder holds that a restore would replace (empty when the folder is new or holds only housekeeping). */
export function dataFolderContents(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((entry) => !HOUSEKEEPING.has(entry))
    .sort()
}
