import { randomUUID } from "node:crypto"
import { describe, expect, it } from "vitest"
import { outboxMail, sql, testStack } from "../helpers"
import { newCustomer } from "../shop"
import { call, newExporter, operator } from "../exporters"
import { acceptConsulateInvitation, consulateSignIn, demoConsulateStaff, inviteConsulateStaff, newConsulateStaff } from "../consulate"

/**
 * The way in for consulate staff, on the exporters' mechanism: invited by an
 * operator only (no registration), single-use links, sign-in attempts counted
 * per address, a suspension that refuses tokens already issued, and a
 * `consulate` token that opens /consulate only.
 */

describe("consulate staff accounts", () => {
  it("are invited by an operator, in the chosen language, and the link works once", async () => {
    const email = `invitee-${randomUUID().slice(0, 8)}@consulate.test`
    const token = await inviteConsulateStaff(email, "ru")
    const mail = await outboxMail((raw, file) => file.includes("partner-invitation") && raw.includes(email))
    expect(mail.text).toMatch(/кампании/)
    expect(mail.text).toMatch(/actor=consulate/)

    const shown = await call("GET", `/consulate/invitations/${token}`)
    expect(shown.status).toBe(200)
    expect(shown.body.invitation).toMatchObject({ email, locale: "ru", consulate: { name: expect.stringContaining("Узбекистан") } })
    // An exporter's invitation page does not open a consulate invitation, and the reverse.
    expect((await call("GET", `/exporter/invitations/${token}`)).status).toBe(404)

    expect((await acceptConsulateInvitation(token, "Азиза", "Рахимова")).status).toBe(201)
    const again = await acceptConsulateInvitation(token)
    expect(again.status).toBe(410)
    const session = await consulateSignIn(email)
    expect(session.status).toBe(200)
    const me = await call("GET", "/consulate/me", { token: session.body.token })
    expect(me.status).toBe(200)
    expect(me.body.staff).toMatchObject({ email, first_name: "Азиза", locale: "ru" })

    const audit = await sql<{ action: string }>(
      "select action from audit_entry where scope_id = 'consulate' and (changes->>'email' = $1 or actor_email = $1)",
      [email],
    )
    expect(audit.map((a) => a.action).sort()).toEqual(["consulate.staff_invited", "consulate.staff_joined"])
  })

  it("cannot register themselves", async () => {
    const answer = await call("POST", "/auth/consulate/emailpass/register", {
      body: { email: `self-${randomUUID().slice(0, 8)}@consulate.test`, password: "a-long-password-1" },
    })
    expect(answer.status).toBe(403)
    expect(answer.body.type).toBe("not_allowed")
  })

  it("are refused when suspended, in their language, on the token they already hold, until lifted", async () => {
    const staff = await newConsulateStaff("zh-CN")
    expect((await staff.request("GET", "/consulate/me")).status).toBe(200)
    expect((await operator("POST", `/admin/consulate/staff/${staff.id}/suspend`, { reason: "left the consulate" })).status).toBe(200)
    const refused = await staff.request("GET", "/consulate/me")
    expect(refused.status).toBe(403)
    expect(refused.body).toMatchObject({ type: "consulate_suspended", message: expect.stringContaining("暂停") })
    const listed = await operator("GET", "/admin/consulate/staff")
    expect(listed.body.staff.find((s: any) => s.id === staff.id)).toMatchObject({
      suspended: true,
      suspension_reason: "left the consulate",
    })
    expect((await operator("POST", `/admin/consulate/staff/${staff.id}/unsuspend`)).status).toBe(200)
    expect((await staff.request("GET", "/consulate/me")).status).toBe(200)
  })

  it("count sign-in attempts per address", async () => {
    const email = `guess-${randomUUID().slice(0, 8)}@consulate.test`
    for (let i = 0; i < 10; i++) expect((await consulateSignIn(email, "wrong-password-1")).status).toBe(401)
    const limited = await call("POST", "/auth/consulate/emailpass", {
      body: { email: email.toUpperCase(), password: "wrong-password-1" },
      headers: { "x-medusa-locale": "ru" },
    })
    expect(limited.status).toBe(429)
    expect(limited.body.message).toMatch(/Слишком много попыток/)
  })

  it("hold a token that opens /consulate only, and other actors' tokens do not open /consulate", async () => {
    const staff = await demoConsulateStaff()
    const headers = { "x-publishable-api-key": testStack().publishableKey }
    for (const path of ["/exporter/me", "/admin/exporters", "/admin/orders", "/store/customers/me"]) {
      expect((await call("GET", path, { token: staff.token, headers })).status, path).toBe(401)
    }
    const exporter = await newExporter("consulate-refusal")
    const customer = await newCustomer()
    const customerToken = (await customer.sdk.client.getToken()) as string
    for (const token of [exporter.token, customerToken, undefined]) {
      expect((await call("GET", "/consulate/me", { token })).status).toBe(401)
    }
  })
})
