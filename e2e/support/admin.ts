import { DEMO_LOGINS } from "../../seed/src/demo-logins"

/** Test setup the shop's pages cannot do (promotions with chosen dates), through the admin API of the test stack. */
const backend = () => process.env.BOZOR_TEST_BACKEND_URL ?? "http://localhost:9000"

export async function admin<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const auth = await fetch(`${backend()}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: DEMO_LOGINS.admin.email, password: DEMO_LOGINS.admin.password }),
  })
  const { token } = (await auth.json()) as { token: string }
  const res = await fetch(`${backend()}${path}`, {
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
export async function createPromotion(input: { code: string; product_id: string; is_automatic?: boolean; starts_at?: Date; name: { en: string; "zh-CN": string } }) {
  const starts = input.starts_at ?? new Date(Date.now() - 86_400_000)
  const { promotion } = await admin<{ promotion: { id: string } }>("/admin/promotions", {
    method: "POST",
    body: {
      code: input.code,
      type: "standard",
      status: "active",
      is_automatic: input.is_automatic ?? false,
      metadata: { name: input.name },
      campaign: { name: input.code, campaign_identifier: input.code, starts_at: starts, ends_at: new Date(starts.getTime() + 30 * 86_400_000) },
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
