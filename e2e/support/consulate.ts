import { expect, type Page } from "@playwright/test"
import { DEMO_LOGINS } from "../../seed/src/demo-logins"
import { admin } from "./admin"
import { portal } from "./portal"

/** What consulate staff do through their API (the console's screens are the portal's journeys), signed in as the demo staff member. */
const backend = () => process.env.BOZOR_TEST_BACKEND_URL ?? "http://localhost:9000"

export async function consulate<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const auth = await fetch(`${backend()}/auth/consulate/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: DEMO_LOGINS.consulate.email, password: DEMO_LOGINS.consulate.password }),
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

/** A 15 % code on one product in a Medusa campaign of its own; the campaign's window is the page's once a page carries it. */
export async function codeCampaign(code: string, productId: string) {
  const { promotion } = await admin<{ promotion: { id: string; campaign_id: string } }>("/admin/promotions", {
    method: "POST",
    body: {
      code,
      type: "standard",
      status: "active",
      is_automatic: false,
      campaign: { name: code, campaign_identifier: code, starts_at: new Date(), ends_at: new Date(Date.now() + 86_400_000) },
      application_method: {
        type: "percentage",
        value: 15,
        target_type: "items",
        allocation: "across",
        target_rules: [{ attribute: "items.product.id", operator: "in", values: [productId] }],
      },
    },
  })
  return promotion
}

export const text = (en: string, zh: string) => ({ en, "zh-CN": zh })

/** The demo staff member signs in to the partner portal in Russian, their language, and lands on the campaigns. */
export async function signInAsStaff(page: Page) {
  await page.goto(`${portal}/sign-in`)
  await page.getByLabel(/Language|Til|Язык|语言/).selectOption("ru")
  await expect(page.getByRole("heading", { level: 1, name: "Вход" })).toBeVisible()
  await page.getByLabel("Сотрудник консульства").check()
  await page.getByLabel("Эл. почта").fill(DEMO_LOGINS.consulate.email)
  await page.getByLabel("Пароль", { exact: true }).fill(DEMO_LOGINS.consulate.password)
  await page.getByRole("button", { name: "Войти" }).click()
  await expect(page).toHaveURL(/\/portal\/campaigns$/)
}
