import Medusa from "@medusajs/js-sdk"
import { randomUUID } from "node:crypto"
import { describe, expect, it } from "vitest"
import { DEMO_LOGINS } from "../../../seed/src/demo-logins"
import { outboxMail, testStack } from "../helpers"
import { apiError } from "../shop"

/**
 * Medusa's reset flow as the shop wires it: POST …/reset-password issues a
 * single-use token and emits auth.password_reset; Bozor's subscriber e-mails
 * the link in the language the request named; POST …/update with the token
 * sets the new password, once.
 */
const stack = () => testStack()
const client = () =>
  new Medusa({
    baseUrl: stack().backendUrl,
    publishableKey: stack().publishableKey,
    auth: { type: "jwt", jwtTokenStorageMethod: "memory" },
  })

async function newAccount(password = "first-password-1") {
  const sdk = client()
  const email = `reset-${randomUUID().slice(0, 8)}@bozor.test`
  const token = await sdk.auth.register("customer", "emailpass", { email, password })
  await sdk.client.setToken(token as string)
  await sdk.store.customer.create({ email, first_name: "芳", last_name: "王" })
  return email
}

const requestReset = (email: string, locale?: string) =>
  client().client.fetch("/auth/customer/emailpass/reset-password", {
    method: "POST",
    body: { identifier: email, ...(locale ? { metadata: { locale } } : {}) },
    headers: { accept: "text/plain" }, // 201 with no JSON body
  })

const update = (token: string, password: string) =>
  client().client.fetch("/auth/customer/emailpass/update", {
    method: "POST",
    body: { password },
    headers: { authorization: `Bearer ${token}` },
  })

const resetMail = (email: string, since: number) =>
  outboxMail((raw, file) => file.includes("-password-reset-") && Number(file.split("-")[0]) >= since && raw.includes(email))

const tokenIn = (text: string) => new URL(text.match(/https?:\/\/\S+token=\S+/)![0]).searchParams.get("token")!

const signsIn = (email: string, password: string) =>
  client()
    .auth.login("customer", "emailpass", { email, password })
    .then(
      () => true,
      () => false,
    )

describe("password reset", () => {
  it("zh-CN: the e-mail links to the shop's page in Chinese; the token sets the new password once", async () => {
    const email = await newAccount()
    const since = Date.now()
    await requestReset(email, "zh-CN")
    const mail = await resetMail(email, since)
    expect(mail.subject).toBe("丝路巴扎：重设密码")
    expect(mail.text).toMatch(new RegExp(`/zh-CN/account/reset-password\\?token=`))
    const token = tokenIn(mail.text ?? "")

    await update(token, "second-password-2")
    expect(await signsIn(email, "second-password-2")).toBe(true)
    expect(await signsIn(email, "first-password-1")).toBe(false)
    expect((await apiError(update(token, "third-password-3"))).status).toBe(401)
  })

  it("en: in English when asked from the English shop", async () => {
    const email = await newAccount()
    const since = Date.now()
    await requestReset(email, "en")
    const mail = await resetMail(email, since)
    expect(mail.subject).toBe("Bozor: reset your password")
    expect(mail.text).toMatch(/\/en\/account\/reset-password\?token=/)
  })

  it("a password the shop would refuse is refused with its limit, and the token stays usable", async () => {
    const email = await newAccount()
    const since = Date.now()
    await requestReset(email, "en")
    const token = tokenIn((await resetMail(email, since)).text ?? "")
    const refused = await apiError(update(token, "short"))
    expect(refused.status).toBe(400)
    expect(refused.message).toMatch(/'password'.*at least: '8'/)
    await update(token, "long-enough-password")
    expect(await signsIn(email, "long-enough-password")).toBe(true)
  })

  it("registration holds the same minimum", async () => {
    const refused = await apiError(
      client().auth.register("customer", "emailpass", { email: `short-${randomUUID().slice(0, 8)}@bozor.test`, password: "1234567" }),
    )
    expect(refused.status).toBe(400)
    expect(refused.message).toMatch(/'password'.*at least: '8'/)
  })

  it("an address without an account gets the same answer and no e-mail", async () => {
    const email = `nobody-${randomUUID().slice(0, 8)}@bozor.test`
    const since = Date.now()
    await expect(requestReset(email, "en")).resolves.toBeDefined()
    await expect(resetMail(email, since)).rejects.toThrow()
  }, 60_000)

  it("an operator's e-mail links to Medusa Admin's reset page", async () => {
    const since = Date.now()
    await client().client.fetch("/auth/user/emailpass/reset-password", {
      method: "POST",
      body: { identifier: DEMO_LOGINS.admin.email },
      headers: { accept: "text/plain" },
    })
    const mail = await outboxMail(
      (raw, file) => file.includes("-password-reset-") && Number(file.split("-")[0]) >= since && raw.includes(DEMO_LOGINS.admin.email),
    )
    expect(mail.text).toMatch(/\/app\/reset-password\?token=/)
  })

  it("an inbox cannot be flooded: the sixth request for one address within the hour is refused", async () => {
    const email = await newAccount()
    for (let i = 0; i < 5; i++) await requestReset(email, "en")
    const refused = await apiError(requestReset(email, "en"))
    expect(refused.status).toBe(429)
  })
})
