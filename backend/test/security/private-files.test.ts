import { randomUUID } from "node:crypto"
import { writeFileSync } from "node:fs"
import path from "node:path"
import { describe, expect, it } from "vitest"
import { DEMO_LOGINS } from "../../../seed/src/demo-logins"
import { storeClient, testStack } from "../helpers"
import { cartWith, checkout, CHINA_ADDRESS, newCustomer } from "../shop"

/**
 * Medusa writes private files (order exports: names, phones, addresses) with
 * the file module's private access. With the local file provider they must
 * land outside the folder served at /static, and no /static URL may hand a
 * private file to anyone but a signed-in operator — the way the admin's
 * notification links to the export.
 */
async function token(actor: "user" | "customer", credentials: { email: string; password: string }) {
  const res = await fetch(`${testStack().backendUrl}/auth/${actor}/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(credentials),
  })
  return ((await res.json()) as { token: string }).token
}

const get = (url: string, bearer?: string) => fetch(url, { headers: bearer ? { authorization: `Bearer ${bearer}` } : {} })

async function exportOrders(admin: string): Promise<string> {
  const { backendUrl } = testStack()
  const since = new Date(Date.now() - 1000).toISOString()
  const res = await fetch(`${backendUrl}/admin/orders/export`, { method: "POST", headers: { authorization: `Bearer ${admin}` } })
  expect(res.status).toBe(202)
  // The export runs in the background and tells the admin's feed where the file is.
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    const list = await fetch(`${backendUrl}/admin/notifications?order=-created_at&limit=20`, {
      headers: { authorization: `Bearer ${admin}` },
    })
    const { notifications } = (await list.json()) as { notifications: { created_at: string; data: any }[] }
    const done = notifications.find((n) => n.created_at >= since && n.data?.file?.url)
    if (done) return done.data.file.url as string
    await new Promise((r) => setTimeout(r, 300))
  }
  throw new Error("no order export notification within 30 s")
}

describe("private files", () => {
  it("an order export is not public: /static refuses it to a guest and a customer, the operator downloads it", async () => {
    const email = `export-${randomUUID().slice(0, 8)}@bozor.test`
    const sdk = storeClient("en")
    const order = await checkout(sdk, await cartWith(sdk, [{ handle: "shahrisabz-qurt-classic" }], { email }))

    const admin = await token("user", DEMO_LOGINS.admin)
    const url = await exportOrders(admin)
    expect(new URL(url).pathname).toMatch(/^\/static\/.*private-.*order-exports\.csv$/)

    const guest = await get(url)
    expect(guest.status).not.toBe(200)
    expect(await guest.text()).not.toContain(email)

    const customer = await newCustomer()
    const asCustomer = await get(url, (await customer.sdk.client.getToken()) ?? undefined)
    expect(asCustomer.status).not.toBe(200)
    expect(await asCustomer.text()).not.toContain(email)

    const asOperator = await get(url, admin)
    expect(asOperator.status).toBe(200)
    expect(asOperator.headers.get("cache-control")).toMatch(/no-store/)
    const csv = await asOperator.text()
    expect(csv).toContain(order.id)
    expect(csv).toContain(email)
    expect(csv).toContain(CHINA_ADDRESS.address_1)
  })

  it("a private file in the public upload folder (written before private files had their own) is not served to the public", async () => {
    const name = `private-${Date.now()}-order-exports.csv`
    writeFileSync(path.join(testStack().dataDir, "static", name), "id,email\norder_1,someone@example.com\n")
    const url = `${testStack().backendUrl}/static/${name}`
    const guest = await get(url)
    expect(guest.status).not.toBe(200)
    expect(await guest.text()).not.toContain("someone@example.com")
    // Public uploads (product images) are still served as before.
    const image = `${Date.now()}-public-check.txt`
    writeFileSync(path.join(testStack().dataDir, "static", image), "public")
    expect((await get(`${testStack().backendUrl}/static/${image}`)).status).toBe(200)
  })
})
