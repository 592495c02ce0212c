import { spawn } from "node:child_process"
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import pg from "pg"
import { afterAll, describe, expect, it } from "vitest"
import { configFromEnv, ROOT } from "../../../scripts/lib/config"
import { Supervisor } from "../../../scripts/lib/processes"
import { startServices } from "../../../scripts/lib/stack"
import { freePort } from "../backend-process"
import { sql, testStack } from "../helpers"

/** `npm run <script>` as an operator runs it, with only the environment given; resolves with its output. */
function npmRun(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn("npm", ["run", "--silent", script, "--", ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    })
    let out = ""
    child.stdout.on("data", (d) => (out += d))
    child.stderr.on("data", (d) => (out += d))
    child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`npm run ${script} exited ${code}:\n${out.slice(-3000)}`))))
  })
}

async function query<T>(databaseUrl: string, text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    return (await client.query(text, params)).rows as T[]
  } finally {
    await client.end()
  }
}

/**
 * Backup and restore of the running test stack, through the commands operators run: a backup taken while the shop
 * serves, then changes (a customer renamed, a customer and a file added), then a restore into a new data folder, which
 * holds the shop as it was at the backup — its rows, its files, its secrets — and a search index rebuilt from it.
 */
describe("npm run backup and npm run restore", () => {
  // PostgreSQL runs as the `postgres` user under root: the folders above the restored cluster must let it through.
  const work = mkdtempSync(path.join(os.tmpdir(), "bozor-backup-it-"))
  chmodSync(work, 0o755)
  const stack = testStack()
  const uploads = path.join(stack.dataDir, "static")
  const marker = `backup-${path.basename(work)}`
  let supervisor: Supervisor | undefined

  afterAll(async () => {
    await supervisor?.stopAll()
    for (const file of ["before", "after"]) rmSync(path.join(uploads, `${marker}-${file}.txt`), { force: true })
    rmSync(work, { recursive: true, force: true })
  })

  it("brings a new data folder back to the shop as it was when the backup was taken", async () => {
    const [customer] = await sql<{ id: string }>(
      "insert into customer (id, email, first_name, has_account) values ($1, $2, 'Before', false) returning id",
      [`cus_${marker}`, `${marker}@bozor.test`],
    )
    writeFileSync(path.join(uploads, `${marker}-before.txt`), "uploaded before the backup")

    const backupOut = await npmRun("backup", ["--to", path.join(work, "backups")], { BOZOR_DATA_DIR: stack.dataDir })
    expect(backupOut).toContain("backing up the running shop")
    const [name] = readdirSync(path.join(work, "backups"))
    const backup = path.join(work, "backups", name)
    expect(name).toMatch(/^bozor-\d{8}-\d{6}Z$/)
    expect(readdirSync(backup).sort()).toEqual(["backup.json", "files", "postgres", "secrets.json"])

    // What happens after the backup must not come back.
    await sql("update customer set first_name = 'After' where id = $1", [customer.id])
    await sql("insert into customer (id, email, has_account) values ($1, $2, false)", [`cus_${marker}_after`, `after-${marker}@bozor.test`])
    writeFileSync(path.join(uploads, `${marker}-after.txt`), "uploaded after the backup")

    const restored = path.join(work, "restored")
    const ports = { POSTGRES_PORT: String(await freePort()), MEILISEARCH_PORT: String(await freePort()), PORT: String(await freePort()) }
    const restoreOut = await npmRun("restore", [backup], { BOZOR_DATA_DIR: restored, ...ports })
    expect(restoreOut).toMatch(/Restored in [\d.]+ s/)

    expect(readFileSync(path.join(restored, "secrets.json"), "utf8")).toBe(readFileSync(path.join(stack.dataDir, "secrets.json"), "utf8"))
    expect(readFileSync(path.join(restored, "static", `${marker}-before.txt`), "utf8")).toBe("uploaded before the backup")
    expect(existsSync(path.join(restored, "static", `${marker}-after.txt`))).toBe(false)

    // The restored folder starts as `npm start` would start it.
    const config = configFromEnv({ PATH: process.env.PATH, HOME: process.env.HOME, BOZOR_DATA_DIR: restored, ...ports })
    supervisor = new Supervisor(restored)
    await supervisor.claim()
    const { databaseUrl, search } = await startServices(config, supervisor)
    const rows = await query<{ id: string; first_name: string | null }>(
      databaseUrl,
      "select id, first_name from customer where id like $1 order by id",
      [`cus_${marker}%`],
    )
    expect(rows).toEqual([{ id: customer.id, first_name: "Before" }])
    const [live] = await sql<{ n: string }>("select count(*) as n from product where deleted_at is null")
    const [back] = await query<{ n: string }>(databaseUrl, "select count(*) as n from product where deleted_at is null")
    expect(back.n).toBe(live.n)

    // The search index is not in the backup: the restore rebuilt it from the restored database.
    const res = await fetch(`${search.host}/indexes`, { headers: { Authorization: `Bearer ${search.apiKey}` } })
    const { results } = (await res.json()) as { results: { uid: string }[] }
    expect(results.length).toBeGreaterThan(0)
    const counts = await Promise.all(
      results.map(async ({ uid }) => {
        const stats = await fetch(`${search.host}/indexes/${uid}/stats`, { headers: { Authorization: `Bearer ${search.apiKey}` } })
        return ((await stats.json()) as { numberOfDocuments: number }).numberOfDocuments
      }),
    )
    expect(Math.max(...counts)).toBeGreaterThan(0)
    expect(Math.max(...counts)).toBeLessThanOrEqual(Number(back.n))
    // A restore migrates the database and rebuilds the index: minutes on a busy 2-core machine.
  }, 600_000)
})
