import { spawn } from "node:child_process"
import { afterAll, describe, expect, it } from "vitest"
import { ROOT } from "../../../scripts/lib/config"
import { reconcileSearchIndex } from "../../../scripts/lib/reconcile"
import { sql, testStack } from "../helpers"
import { eventually, handles } from "../search"
import { adminClient } from "../shop"

/** Meilisearch's own API, behind the shop's back: drift the shop's indexing did not make. */
async function meilisearch(method: string, path: string, body?: unknown) {
  const { MEILISEARCH_HOST: host, MEILISEARCH_API_KEY: key } = testStack().medusaEnv
  const res = await fetch(`${host}${path}`, {
    method,
    headers: { "content-type": "application/json", ...(key ? { authorization: `Bearer ${key}` } : {}) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  const json = (await res.json()) as any
  if (!res.ok) throw new Error(`${method} ${path} answered ${res.status}: ${JSON.stringify(json)}`)
  if (json.taskUid === undefined) return json
  for (;;) {
    const task = (await (
      await fetch(`${host}/tasks/${json.taskUid}`, { headers: key ? { authorization: `Bearer ${key}` } : {} })
    ).json()) as any
    if (task.status === "succeeded") return task
    if (task.status === "failed" || task.status === "canceled") throw new Error(`task ${json.taskUid}: ${JSON.stringify(task.error)}`)
    await new Promise((r) => setTimeout(r, 50))
  }
}

/** `npm run reconcile -- <args>` as an operator or a bench runs it: its exit code and stdout. */
function npmReconcile(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", "--silent", "reconcile", "--", ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, BOZOR_DATA_DIR: testStack().dataDir },
    })
    let stdout = ""
    let stderr = ""
    child.stdout.on("data", (d) => (stdout += d))
    child.stderr.on("data", (d) => (stderr += d))
    child.on("exit", (code) => resolve({ code, stdout, stderr }))
  })
}

const env = () => ({ PATH: process.env.PATH, HOME: process.env.HOME, BOZOR_DATA_DIR: testStack().dataDir })

/**
 * Drift made on purpose, behind the indexing's back: a product's document deleted in Meilisearch (missing), a
 * document for no product (orphaned), a product renamed and another unpublished in SQL, which sends no event
 * (stale). The reconciliation finds exactly those, repairs them through the index's own event path, and the store's
 * search then answers as the database says.
 */
describe("npm run reconcile", () => {
  const orphanId = "prod_reconcile_orphan"
  const marker = "quokkaberry"
  const restore: { id: string; title: string; status: string }[] = []

  afterAll(async () => {
    // Back as they were, through the admin (events reindex them) for the test files after this one.
    const admin = await adminClient()
    for (const p of restore) await admin.admin.product.update(p.id, { title: p.title, status: p.status as "published" })
  })

  it("reports a missing, an orphaned and two stale documents, repairs them, and is clean after", async () => {
    const [{ physical_name: physical }] = await sql<{ physical_name: string }>(
      `select v.physical_name from search_index i
         join search_index_version v on v.search_index_id = i.id and v.version = i.active_version and v.deleted_at is null
        where i.name = 'product' and i.deleted_at is null`,
    )
    const products = await sql<{ id: string; handle: string; title: string; status: string }>(
      `select id, handle, title, status from product where deleted_at is null and status = 'published' order by handle limit 3`,
    )
    const [missing, renamed, unpublished] = products
    restore.push(renamed, unpublished)
    const [{ count }] = await sql<{ count: string }>("select count(*) from product where deleted_at is null")

    // Missing: its document deleted in the engine. Orphaned: a copy of another's document under an id no product has.
    const template = await meilisearch("GET", `/indexes/${physical}/documents/${missing.id}`)
    await meilisearch("DELETE", `/indexes/${physical}/documents/${missing.id}`)
    await meilisearch("POST", `/indexes/${physical}/documents`, [
      { ...template, id: orphanId, handle: "reconcile-orphan", title_en: "Zanzibar orphan ghost", title_zh: "孤儿" },
    ])
    // Stale: changed in the database without an event.
    await sql("update product set title = title || $2 where id = $1", [renamed.id, ` ${marker}`])
    await sql("update product set status = 'draft' where id = $1", [unpublished.id])
    // What the store's search answers before the repair: the drift is visible to buyers.
    expect(await handles({ q: "Zanzibar orphan ghost" })).toContain("reconcile-orphan")
    expect(await handles({ q: marker })).not.toContain(renamed.handle)
    expect(await handles({ q: unpublished.title, pagination: { take: 50 } })).toContain(unpublished.handle)

    const report = await npmReconcile(["--json"])
    expect(report.code, report.stdout + report.stderr.slice(-2000)).toBe(1)
    const found = JSON.parse(report.stdout)
    expect(found).toMatchObject({
      index: "product",
      physical_index: physical,
      checked: { products: Number(count), documents: Number(count) },
      missing: { count: 1, ids: [missing.id] },
      orphaned: { count: 1, ids: [orphanId] },
      stale: { count: 2, ids: [renamed.id, unpublished.id].sort() },
      in_sync: false,
    })
    expect(found.stale.fields).toMatchObject({ title_en: 1, status: 1 })

    const repaired = await reconcileSearchIndex({ repair: true, env: env() })
    expect(repaired.missing.count + repaired.orphaned.count + repaired.stale.count).toBe(4)
    expect(repaired.repair).toMatchObject({
      documents: 4,
      after: { in_sync: true, missing: { count: 0 }, orphaned: { count: 0 }, stale: { count: 0 } },
    })

    // The store's search answers as the database says.
    await eventually(
      () => handles({ q: "Zanzibar orphan ghost" }),
      (h) => !h.includes("reconcile-orphan"),
    )
    expect(await handles({ q: marker })).toContain(renamed.handle)
    expect(await handles({ q: missing.title, pagination: { take: 50 } })).toContain(missing.handle)
    expect(await handles({ q: unpublished.title, pagination: { take: 50 } })).not.toContain(unpublished.handle)

    const again = await npmReconcile([])
    expect(again.code, again.stdout + again.stderr.slice(-2000)).toBe(0)
    expect(again.stdout).toContain("the index agrees with the database")
  })
})
