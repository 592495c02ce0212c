import { expect, type APIRequestContext, type Page } from "@playwright/test"
import { DEMO_LOGINS } from "../../seed/src/demo-logins"

export const backendUrl = () => process.env.BOZOR_TEST_BACKEND_URL ?? "http://localhost:9000"

/** Signs the seeded operator in to Medusa Admin in this page (its own browser context). */
export async function signInToAdmin(page: Page) {
  await page.goto(`${backendUrl()}/app/login`)
  await page.locator('input[name="email"]').fill(DEMO_LOGINS.admin.email)
  await page.locator('input[name="password"]').fill(DEMO_LOGINS.admin.password)
  await page.getByRole("button", { name: /continue/i }).click()
  await expect(page).toHaveURL(/\/app\/orders$/, { timeout: 30_000 })
}

/** The admin API as an operator calls it (what the admin's buttons do), for steps a journey does not click through. */
export async function adminApi(request: APIRequestContext) {
  const login = await request.post(`${backendUrl()}/auth/user/emailpass`, { data: DEMO_LOGINS.admin })
  expect(login.ok()).toBe(true)
  const { token } = await login.json()
  const call = async (method: "GET" | "POST", path: string, data?: unknown) => {
    const res = await request.fetch(`${backendUrl()}${path}`, { method, data, headers: { authorization: `Bearer ${token}` } })
    if (!res.ok()) throw new Error(`${method} ${path}: ${res.status()} ${await res.text()}`)
    return res.json()
  }
  return {
    call,
    /** Packs every line of an order, then ships it with a carrier's tracking number, as an operator does in the admin. */
    async ship(orderId: string, trackingNumber: string, trackingUrl: string) {
      const { order } = await call("GET", `/admin/orders/${orderId}?fields=id,*items`)
      const items = order.items.map((i: { id: string; quantity: number }) => ({ id: i.id, quantity: i.quantity }))
      const { order: packed } = await call("POST", `/admin/orders/${orderId}/fulfillments?fields=id,fulfillments.id`, { items })
      const fulfillment = packed.fulfillments.at(-1)
      await call("POST", `/admin/orders/${orderId}/fulfillments/${fulfillment.id}/shipments`, {
        items,
        labels: [{ tracking_number: trackingNumber, tracking_url: trackingUrl, label_url: trackingUrl }],
      })
    },
  }
}

/** The order id of the confirmation page the browser is on. */
export const orderIdOf = (page: Page) => new URL(page.url()).pathname.split("/").at(-1)!

/** Test setup the shop's pages cannot do (promotions with chosen dates), through the admin API of the test stack. */
export async function admin<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const auth = await fetch(`${backendUrl()}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: DEMO_LOGINS.admin.email, password: DEMO_LOGINS.admin.password }),
  })
  const { token } = (await auth.json()) as { token: string }
  const res = await fetch(`${backendUrl()}${path}`, {
    method: init.method ?? "GET",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: init.body ? JSON.stringify(init.body) : undefined,
  })
  if (!res.ok) throw new Error(`${init.method ?? "GET"} ${path}: ${res.status} ${await res.text()}`)
  return (await res.json()) as T
}

export async function productIdOf(handle: string) {
  const { products } = await admin<{ products: { id: string }[] }>(`/admin/products?handle=${handle}&fields=id`)
  return products[0].id
}

/** A 10 % promotion on one product, active from `starts_at` for a month, with names in both languages. */
export async function createPromotion(input: {
  code: string
  product_id: string
  is_automatic?: boolean
  starts_at?: Date
  name: { en: string; "zh-CN": string }
}) {
  const starts = input.starts_at ?? new Date(Date.now() - 86_400_000)
  const { promotion } = await admin<{ promotion: { id: string } }>("/admin/promotions", {
    method: "POST",
    body: {
      code: input.code,
      type: "standard",
      status: "active",
      is_automatic: input.is_automatic ?? false,
      metadata: { name: input.name },
      campaign: {
        name: input.code,
        campaign_identifier: input.code,
        starts_at: starts,
        ends_at: new Date(starts.getTime() + 30 * 86_400_000),
      },
      application_method: {
        type: "percentage",
        value: 10,
        target_type: "items",
        allocation: "across",
        target_rules: [{ attribute: "items.product.id", operator: "in", values: [input.product_id] }],
      },
    },
  })
  return promotion.id
}

export const deletePromotion = (id: string) => admin(`/admin/promotions/${id}`, { method: "DELETE" })
