import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { describe, expect, it } from "vitest"
import { belongsInCopy, walFilesToCopy } from "../lib/backup/cluster-files"
import { backupName, BACKUP_FORMAT, dataFolderContents, readManifest, type Manifest } from "../lib/backup/manifest"
import { assertCustomsKeyFits, restoreBackup } from "../lib/backup/restore-backup"
import { StartupError } from "../lib/processes"

const tmp = () => mkdtempSync(path.join(os.tmpdir(), "bozor-backup-"))
const KEY = "a".repeat(64)

/** A backup folder with what restore reads before it touches anything: the manifest, a database copy, the secrets. */
function fakeBackup(manifest: Partial<Manifest> = {}) {
  const dir = tmp()
  const full: Manifest = {
    format: BACKUP_FORMAT,
    created_at: new Date().toISOString(),
    database: { method: "cluster-files", folder: "postgres", server_version: "18.4" },
    uploads: { stored: "files", public: 0, private: 0 },
    search: "rebuilt-on-restore",
    ...manifest,
  }
  mkdirSync(path.join(dir, "postgres"))
  writeFileSync(path.join(dir, "backup.json"), JSON.stringify(full))
  writeFileSync(
    path.join(dir, "secrets.json"),
    JSON.stringify({ jwt: "j", cookie: "c", meilisearchMasterKey: "m", revalidate: "r", customsKey: KEY }),
  )
  return dir
}

describe("backup folders", () => {
  it("are named by their UTC time, so that they sort in the order they were taken", () => {
    expect(backupName(new Date("2026-12-03T04:05:06.789Z"))).toBe("bozor-20261203-040506Z")
    expect(backupName(new Date("2026-12-03T10:00:00Z")) > backupName(new Date("2026-12-03T09:59:59Z"))).toBe(true)
  })

  it("are recognised by their manifest, and anything else is refused saying what is missing", () => {
    expect(readManifest(fakeBackup()).database.method).toBe("cluster-files")
    expect(() => readManifest(tmp())).toThrow(/not a Bozor backup: it has no backup.json/)
    const wrongFormat = fakeBackup({ format: "bozor-backup/0" as never })
    expect(() => readManifest(wrongFormat)).toThrow(/format "bozor-backup\/0", this release reads bozor-backup\/1/)
    const noDump = fakeBackup({ database: { method: "pg_dump", file: "database.dump", server_version: "16" } })
    expect(() => readManifest(noDump)).toThrow(/database copy is missing/)
  })
})

describe("the online copy of the embedded PostgreSQL", () => {
  it("leaves out what the server rebuilds, and the WAL, which is copied after", () => {
    expect(belongsInCopy("base/5/1259")).toBe(true)
    expect(belongsInCopy("global/pg_control")).toBe(true)
    expect(belongsInCopy("pg_wal")).toBe(true)
    expect(belongsInCopy("pg_wal/000000010000000000000002")).toBe(false)
    expect(belongsInCopy("postmaster.pid")).toBe(false)
    expect(belongsInCopy("pg_stat_tmp/global.stat")).toBe(false)
    expect(belongsInCopy("pg_replslot/bozor_backup_1/state")).toBe(false)
    expect(belongsInCopy("base/pgsql_tmp/pgsql_tmp123.0")).toBe(false)
  })

  it("takes the WAL from the backup's first segment to its last, with the timeline history", () => {
    const wal = [
      "000000010000000000000001",
      "000000010000000000000002",
      "000000010000000000000003",
      "000000010000000000000004",
      "00000002.history",
      "archive_status",
    ]
    expect(walFilesToCopy(wal, "000000010000000000000002", "000000010000000000000003")).toEqual([
      "000000010000000000000002",
      "000000010000000000000003",
      "00000002.history",
    ])
  })
})

describe("restore", () => {
  it("refuses a data folder that holds data, before touching anything, and says how to go on", async () => {
    const dataDir = tmp()
    mkdirSync(path.join(dataDir, "postgres"))
    writeFileSync(path.join(dataDir, "secrets.json"), "{}")
    const error = await restoreBackup(fakeBackup(), { BOZOR_DATA_DIR: dataDir, PATH: process.env.PATH }, { force: false }).catch((e) => e)
    expect(error).toBeInstanceOf(StartupError)
    expect(error.message).toContain(`The data folder ${dataDir} is not empty (postgres, secrets.json)`)
    expect(error.hint).toMatch(/BOZOR_DATA_DIR=<new folder> npm run restore .* or add --force/)
    expect(readdirSync(dataDir).sort()).toEqual(["postgres", "secrets.json"])
  })

  it("counts a folder with only the launcher's housekeeping as empty", () => {
    const dataDir = tmp()
    mkdirSync(path.join(dataDir, "run"))
    mkdirSync(path.join(dataDir, "logs"))
    expect(dataFolderContents(dataDir)).toEqual([])
    expect(dataFolderContents(path.join(dataDir, "new"))).toEqual([])
    writeFileSync(path.join(dataDir, "migrated.stamp"), "x")
    expect(dataFolderContents(dataDir)).toEqual(["migrated.stamp"])
  })

  it("refuses a customs key in the environment that did not seal the backup's ID numbers", async () => {
    const secrets = { jwt: "j", cookie: "c", meilisearchMasterKey: "m", revalidate: "r", customsKey: KEY }
    expect(() => assertCustomsKeyFits(secrets, {})).not.toThrow()
    expect(() => assertCustomsKeyFits(secrets, { CUSTOMS_ENCRYPTION_KEY: KEY })).not.toThrow()
    expect(() => assertCustomsKeyFits(secrets, { CUSTOMS_ENCRYPTION_KEY: "b".repeat(64), CUSTOMS_PREVIOUS_KEYS: `c,${KEY}` })).not.toThrow()
    expect(() => assertCustomsKeyFits(secrets, { CUSTOMS_ENCRYPTION_KEY: "b".repeat(64) })).toThrow(
      /not the key this backup's ID numbers were sealed with/,
    )
    const dataDir = path.join(tmp(), "new")
    await expect(
      restoreBackup(fakeBackup(), { BOZOR_DATA_DIR: dataDir, CUSTOMS_ENCRYPTION_KEY: "b".repeat(64) }, { force: true }),
    ).rejects.toThrow(StartupError)
    expect(existsSync(dataDir)).toBe(false)
  })

  it("refuses to put the embedded PostgreSQL's files into the server at DATABASE_URL", async () => {
    const dataDir = path.join(tmp(), "new")
    await expect(
      restoreBackup(fakeBackup(), { BOZOR_DATA_DIR: dataDir, DATABASE_URL: "postgres://u:p@db/shop" }, { force: false }),
    ).rejects.toThrow(/holds the embedded PostgreSQL's own files; they cannot be restored into the server at DATABASE_URL/)
    expect(existsSync(dataDir)).toBe(false)
  })
})
