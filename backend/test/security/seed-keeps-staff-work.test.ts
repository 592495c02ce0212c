import Medusa from "@medusajs/js-sdk"
import { spawn, type ChildProcess } from "node:child_process"
import { randomBytes } from "node:crypto"
import { mkdtempSync } from "node:fs"
import { createServer, type Server } from "node:http"
import { createServer as createNetServer } from "node:net"
import os from "node:os"
import path from "node:path"
import pg from "pg"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { listingProducts, products as catalog } from "../../../seed/data"
import { DEMO_LOGINS } from "../../../seed/src/demo-logins"
import { seedState } from "../../../scripts/lib/backend"
import { BACKEND_DIR, MEDUSA_BIN, medusaCli, testStack } from "../helpers"

/**
 * Staff work on a seeded shop, then someone runs the seed again (`npm run seed`, or a start that used to re-seed
 * whenever a marker was missing). Nothing staff changed may be undone. The seed runs against a database of its own
 * on the test stack's PostgreSQL, with a backend of its own, so the deletions here touch no other test's data.
 */
const database = `bozor_seed_${randomBytes(4).toString("hex")}`
const stackUrl = new URL(testStack().databaseUrl)
const adminUrl = Object.assign(new URL(stackUrl), { pathname: "/postgres" }).toString()
const databaseUrl = Object.assign(new URL(stackUrl), { pathname: `/${database}` }).toString()
const scratch = mkdtempSync(path.join(os.tmpdir(), "bozor-seed-test-"))

async function sql<T = Record<string, any>>(text: string, params: unknown[] = [], url = databaseUrl): Promise<T[]> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query(text, params)).rows as T[]
  } finally {
    await client.end()
  }
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createNetServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })

/** Stands in for the storefront: counts the revalidations the backend asks for. */
let revalidations = 0
let storefront: Server
let env: NodeJS.ProcessEnv
let backendUrl: string

const runSeed = (extra: NodeJS.ProcessEnv = {}) => medusaCli(["exec", "../seed/src/load.ts"], { ...env, ...extra })

/** Starts the seed and kills it (the whole process group, -9) once it has created some products. */
function seedCutShort(afterLine: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(MEDUSA_BIN, ["exec", "../seed/src/load.ts"], { cwd: BACKEND_DIR, env, detached: true })
    let out = ""
    const onData = (d: Buffer) => {
      out += d
      if (afterLine.test(out) && child.exitCode === null) process.kill(-child.pid!, "SIGKILL")
    }
    child.stdout.on("data", onData)
    child.stderr.on("data", onData)
    child.on("exit", (code, signal) =>
      signal === "SIGKILL" ? resolve(out) : reject(new Error(`the seed ended (${code}) before it was cut:\n${out.slice(-2000)}`)),
    )
  })
}

/** Waits until no revalidation has arrived for a second: the backend's subscribers have handled what staff did. */
async function revalidationsSettled() {
  let last = -1
  const deadline = Date.now() + 30_000
  while (last !== revalidations && Date.now() < deadline) {
    last = revalidations
    await new Promise((r) => setTimeout(r, 1000))
  }
}

let backend: ChildProcess | undefined
async function startBackend() {
  let log = ""
  backend = spawn(MEDUSA_BIN, ["start"], {
    cwd: path.join(BACKEND_DIR, ".medusa", "server"),
    env: { ...env, NODE_ENV: "production" },
    detached: true,
  })
  backend.stdout!.on("data", (d) => (log += d))
  backend.stderr!.on("data", (d) => (log += d))
  const deadline = Date.now() + 120_000
  while (Date.now() < deadline) {
    if (backend.exitCode !== null) throw new Error(`medusa start exited ${backend.exitCode}:\n${log.slice(-3000)}`)
    if (
      await fetch(`${backendUrl}/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`medusa start did not become healthy:\n${log.slice(-3000)}`)
}

beforeAll(async () => {
  storefront = createServer((req, res) => {
    if (req.url === "/api/revalidate") revalidations++
    res.writeHead(200, { "content-type": "application/json" }).end("{}")
  })
  await new Promise<void>((r) => storefront.listen(0, "127.0.0.1", () => r()))
  const port = await freePort()
  backendUrl = `http://localhost:${port}`
  env = {
    ...testStack().medusaEnv,
    DATABASE_URL: databaseUrl,
    // Search through Medusa's PostgreSQL provider, in this database: the stack's Meilisearch indexes stay untouched.
    MEILISEARCH_HOST: "",
    MEILISEARCH_API_KEY: "",
    STOREFRONT_URL: `http://127.0.0.1:${(storefront.address() as { port: number }).port}`,
    MEDUSA_UPLOAD_DIR: path.join(scratch, "static"),
    BOZOR_MAIL_OUTBOX: path.join(scratch, "outbox"),
    PORT: String(port),
    MEDUSA_BACKEND_URL: backendUrl,
  }
  await sql(`create database ${database}`, [], adminUrl)
  await medusaCli(["db:migrate"], env)
}, 300_000)

afterAll(async () => {
  if (backend && backend.exitCode === null) {
    const exited = new Promise((r) => backend!.once("exit", r))
    process.kill(-backend.pid!, "SIGTERM")
    await exited
  }
  storefront?.close()
  await sql(`drop database if exists ${database} with (force)`, [], adminUrl)
}, 60_000)

describe("the catalog seed", () => {
  it("with NODE_ENV=production refuses to create accounts with published passwords, before it creates anything", async () => {
    const failure = await runSeed({ NODE_ENV: "production" }).then(
      () => "",
      (e: Error) => e.message,
    )
    expect(failure).toMatch(/BOZOR_ADMIN_EMAIL and BOZOR_ADMIN_PASSWORD/)
    expect(await sql(`select id from product`)).toEqual([])
    expect(await sql(`select id from "user"`)).toEqual([])
    expect(await seedState(databaseUrl)).toBe("empty")
  }, 180_000)

  it("cut short, resumes where it stopped and creates each product once", async () => {
    await seedCutShort(/seed: products 16\//)
    expect(await seedState(databaseUrl)).toBe("unfinished")
    const before = (await sql(`select count(*)::int as n from product`))[0].n
    expect(before).toBeGreaterThanOrEqual(16)
    expect(before).toBeLessThan(catalog.length)

    await runSeed()
    expect(await seedState(databaseUrl)).toBe("finished")
    const rows = await sql<{ handle: string; n: number }>(
      `select handle, count(*)::int as n from product where deleted_at is null group by handle`,
    )
    // The catalog, and the exporters' listings in every review state that the partner portal starts with.
    const seeded = [...catalog.map((p) => p.handle), ...listingProducts.map((l) => l.product.handle)]
    expect(rows.map((r) => r.handle).sort()).toEqual(seeded.sort())
    expect(rows.every((r) => r.n === 1)).toBe(true)
  }, 600_000)

  it("rebuilds search once at the end and follows no event while it loads", async () => {
    expect(revalidations).toBe(0)
    const [index] = await sql(`select active_version from search_index where name = 'product' and deleted_at is null`)
    expect(index?.active_version).not.toBeNull()
  })
})

describe("the seed run again after staff worked in the admin", () => {
  let admin: Medusa
  const kept: Record<string, string> = {}
  const deleted: Record<string, string> = {}
  let revalidationsBySeed = 0

  beforeAll(async () => {
    await startBackend()
    admin = new Medusa({ baseUrl: backendUrl, auth: { type: "jwt", jwtTokenStorageMethod: "memory" } })
    await admin.auth.login("user", "emailpass", DEMO_LOGINS.admin)

    // Edits.
    const { products } = await admin.admin.product.list({ handle: [catalog[0].handle, catalog[1].handle], fields: "id,handle" } as any)
    const edited = products.find((p) => p.handle === catalog[0].handle)!
    const gone = products.find((p) => p.handle === catalog[1].handle)!
    await admin.admin.product.update(edited.id, { title: "Renamed by staff" })
    await admin.admin.product.delete(gone.id)
    kept.product = edited.id
    deleted.product = catalog[1].handle

    const { promotions } = await admin.admin.promotion.list({ limit: 10, fields: "id,code,status" } as any)
    await admin.admin.promotion.update(promotions[0].id, { status: "inactive" } as any)
    await admin.admin.promotion.delete(promotions[1].id)
    kept.promotion = promotions[0].id
    deleted.promotion = promotions[1].code!

    const [exporter] = await sql(`select id from exporter where deleted_at is null order by handle limit 1`)
    await admin.client.fetch(`/admin/exporters/${exporter.id}`, { method: "POST", body: { name: "Renamed exporter" } })
    kept.exporter = exporter.id

    const { product_categories } = await admin.admin.productCategory.list({ limit: 100, fields: "id,handle,parent_category_id" } as any)
    const leaf = product_categories.find((c: any) => c.parent_category_id)!
    await admin.admin.productCategory.delete(leaf.id)
    deleted.category = leaf.handle

    const { regions } = await admin.admin.region.list({ fields: "id,name,payment_providers.id" } as any)
    const china = regions.find((r) => r.name === "China")!
    expect((china as any).payment_providers.length).toBeGreaterThan(1)
    await admin.admin.region.update(china.id, { payment_providers: ["pp_system_default"] })
    kept.region = china.id

    const { stores } = await admin.admin.store.list()
    await admin.admin.store.update(stores[0].id, {
      name: "Renamed by staff",
      default_region_id: regions.find((r) => r.name !== "China")!.id,
    })
    kept.store = stores[0].id

    const { customers } = await admin.admin.customer.list({ email: DEMO_LOGINS.customer.email } as any)
    await admin.admin.customer.delete(customers[0].id)

    // Another operator takes over and deletes the seeded one.
    const other = { email: "second.operator@bozor.test", password: "second-operator-pw" }
    const { invite } = await admin.admin.invite.create({ email: other.email })
    const registration = await admin.client.fetch<{ token: string }>(`/auth/user/emailpass/register`, { method: "POST", body: other })
    await admin.admin.invite.accept(
      { invite_token: (invite as any).token, email: other.email, first_name: "Second", last_name: "Operator" },
      {},
      { authorization: `Bearer ${registration.token}` },
    )
    const seeded = await sql(`select id from "user" where email = $1`, [DEMO_LOGINS.admin.email])
    admin = new Medusa({ baseUrl: backendUrl, auth: { type: "jwt", jwtTokenStorageMethod: "memory" } })
    await admin.auth.login("user", "emailpass", other)
    await admin.admin.user.delete(seeded[0].id)

    // The seed again, while the shop runs (as `npm run seed` does), once the shop has told the storefront of the edits.
    await revalidationsSettled()
    const before = revalidations
    await runSeed()
    revalidationsBySeed = revalidations - before
  }, 600_000)

  it("keeps every edit", async () => {
    const { product } = await admin.admin.product.retrieve(kept.product, { fields: "title" })
    expect(product.title).toBe("Renamed by staff")
    const { promotion } = await admin.admin.promotion.retrieve(kept.promotion)
    expect(promotion.status).toBe("inactive")
    const [exporter] = await sql(`select name from exporter where id = $1`, [kept.exporter])
    expect(exporter.name).toBe("Renamed exporter")
  })

  it("brings back nothing staff deleted", async () => {
    expect(await sql(`select id from product where handle = $1 and deleted_at is null`, [deleted.product])).toEqual([])
    expect(await sql(`select id from promotion where code = $1 and deleted_at is null`, [deleted.promotion])).toEqual([])
    expect(await sql(`select id from product_category where handle = $1 and deleted_at is null`, [deleted.category])).toEqual([])
    expect(await sql(`select id from customer where email = $1 and deleted_at is null`, [DEMO_LOGINS.customer.email])).toEqual([])
    expect(await sql(`select id from "user" where email = $1 and deleted_at is null`, [DEMO_LOGINS.admin.email])).toEqual([])
  })

  it("leaves the regions' payment providers and the store's settings as staff set them", async () => {
    const { region } = await admin.admin.region.retrieve(kept.region, { fields: "payment_providers.id" } as any)
    expect((region as any).payment_providers.map((p: { id: string }) => p.id)).toEqual(["pp_system_default"])
    const { store } = await admin.admin.store.retrieve(kept.store)
    expect(store.name).toBe("Renamed by staff")
    expect(store.default_region_id).not.toBe(kept.region)
  })

  it("followed no storefront event while it ran, though the shop's own edits did", () => {
    expect(revalidations).toBeGreaterThan(0)
    expect(revalidationsBySeed).toBe(0)
  })

  it("leaves a start nothing to seed", async () => {
    expect(await seedState(databaseUrl)).toBe("finished")
  })
})
