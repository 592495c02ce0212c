import { randomUUID } from "node:crypto"
import { beforeAll, describe, expect, it } from "vitest"
import { outboxMail, sql } from "../helpers"
import {
  acceptInvitation,
  call,
  invitationToken,
  inviteByOperator,
  newExporter,
  operator,
  PASSWORD,
  personFor,
  signIn,
  type ExporterPerson,
} from "../exporters"

/**
 * The way in for exporters' people: invitations only (single use, expiring,
 * the token stored hashed), password reset by e-mail, sign-in attempts
 * counted per address, owners manage colleagues, removal and suspension take
 * effect on tokens already issued.
 */

const email = (label: string) => `${label}-${randomUUID().slice(0, 8)}@exporter.test`

let owner: ExporterPerson
beforeAll(async () => {
  owner = await newExporter("accounts")
})

describe("invitations", () => {
  it("are e-mailed in the chosen language, stored only as a hash, and work once", async () => {
    const address = email("invitee")
    const answer = await operator("POST", `/admin/exporters/${owner.exporterId}/invitations`, {
      email: address,
      role: "member",
      locale: "ru",
    })
    expect(answer.status).toBe(201)
    expect(JSON.stringify(answer.body)).not.toMatch(/token/)
    const mail = await outboxMail((raw, file) => file.includes("partner-invitation") && raw.includes(address))
    expect(mail.subject).toMatch(/приглашает вас/)
    const token = new URL((mail.text ?? "").match(/https?:\/\/\S+/)![0]).searchParams.get("token")!
    expect(token.length).toBeGreaterThanOrEqual(40)
    const stored = await sql<{ token_hash: string }>("select token_hash from partner_invitation where email = $1", [address])
    expect(stored).toHaveLength(1)
    expect(stored[0].token_hash).not.toContain(token)
    expect(JSON.stringify(await sql("select * from partner_invitation where email = $1", [address]))).not.toContain(token)

    const shown = await call("GET", `/exporter/invitations/${token}`)
    expect(shown.status).toBe(200)
    expect(shown.body.invitation).toMatchObject({
      email: address,
      role: "member",
      exporter: { name: expect.stringContaining("accounts exporter") },
    })

    expect((await acceptInvitation(token, "Ольга", "Иванова")).status).toBe(201)
    const again = await acceptInvitation(token)
    expect(again.status).toBe(410)
    expect(again.body.message).toMatch(/already been used/)
    expect((await call("GET", `/exporter/invitations/${token}`)).status).toBe(410)

    const session = await signIn(address)
    expect(session.status).toBe(200)
    const me = await call("GET", "/exporter/me", { token: session.body.token })
    expect(me.body.admin).toMatchObject({ email: address, role: "member", locale: "ru", first_name: "Ольга" })
    expect(me.body.exporter.id).toBe(owner.exporterId)
  })

  it("expire", async () => {
    const address = email("late")
    const token = await inviteByOperator(owner.exporterId, address)
    await sql("update partner_invitation set expires_at = now() - interval '1 minute' where email = $1", [address])
    const shown = await call("GET", `/exporter/invitations/${token}`)
    expect(shown.status).toBe(410)
    expect(shown.body.message).toMatch(/expired/)
    expect((await acceptInvitation(token)).status).toBe(410)
    expect((await signIn(address)).status).toBe(401)
  })

  it("refuse a wrong token like one that never existed, and a token replaced by a newer invitation", async () => {
    for (const wrong of ["not-a-token", randomUUID(), "x".repeat(43)]) {
      expect((await call("GET", `/exporter/invitations/${wrong}`)).status).toBe(404)
      expect((await acceptInvitation(wrong)).status).toBe(404)
    }
    const address = email("twice")
    const first = await inviteByOperator(owner.exporterId, address)
    await sql("update partner_invitation set created_at = created_at - interval '1 minute' where email = $1", [address])
    const second = await inviteByOperator(owner.exporterId, address)
    expect(second).not.toBe(first)
    expect((await acceptInvitation(first)).status).toBe(410)
    expect((await acceptInvitation(second)).status).toBe(201)
  })

  it("cannot be accepted twice at the same time", async () => {
    const token = await inviteByOperator(owner.exporterId, email("race"))
    const answers = await Promise.all([acceptInvitation(token), acceptInvitation(token), acceptInvitation(token)])
    expect(answers.map((a) => a.status).sort()).toEqual([201, 410, 410])
  })

  it("refuse a password too short, naming the field", async () => {
    const token = await inviteByOperator(owner.exporterId, email("short"))
    const answer = await call("POST", "/exporter/invitations/accept", {
      body: { token, password: "short", first_name: "A", last_name: "B" },
    })
    expect(answer.status).toBe(400)
    expect(answer.body.message).toMatch(/password/)
    expect((await acceptInvitation(token)).status).toBe(201)
  })

  it("are the only way in: self-registration is refused", async () => {
    const answer = await call("POST", "/auth/exporter/emailpass/register", { body: { email: email("self"), password: PASSWORD } })
    expect(answer.status).toBe(403)
    expect(answer.body.message).toMatch(/invitation/)
  })
})

describe("colleagues", () => {
  it("the owner invites and removes them; a removed person's token stops working at once", async () => {
    const address = email("colleague")
    const invited = await owner.request("POST", "/exporter/colleagues/invitations", { email: address, role: "member" })
    expect(invited.status).toBe(201)
    expect((await owner.request("GET", "/exporter/colleagues")).body.invitations.map((i: { email: string }) => i.email)).toContain(address)
    expect((await acceptInvitation(await invitationToken(address))).status).toBe(201)
    const colleague = (await signIn(address)).body.token as string
    const me = await call("GET", "/exporter/me", { token: colleague })
    expect(me.body.admin.role).toBe("member")

    const refused = await call("POST", "/exporter/colleagues/invitations", {
      token: colleague,
      body: { email: email("nope"), role: "member" },
    })
    expect(refused.status).toBe(403)
    expect((await call("DELETE", `/exporter/colleagues/${owner.personId}`, { token: colleague })).status).toBe(403)
    expect((await owner.request("DELETE", `/exporter/colleagues/${owner.personId}`)).status).toBe(400)

    expect((await owner.request("DELETE", `/exporter/colleagues/${me.body.admin.id}`)).status).toBe(200)
    expect((await call("GET", "/exporter/me", { token: colleague })).status).toBe(401)
    const again = await signIn(address)
    expect((await call("GET", "/exporter/me", { token: again.body.token })).status).toBe(401)
    const audit = await sql<{ action: string }>("select action from audit_entry where scope_id = $1 order by created_at", [
      owner.exporterId,
    ])
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(["exporter.person_invited", "exporter.person_joined", "exporter.person_removed"]),
    )
  })

  it("an address that already belongs to an exporter's person cannot be invited again", async () => {
    const other = await newExporter("accounts-other")
    const answer = await other.request("POST", "/exporter/colleagues/invitations", { email: owner.email, role: "member" })
    expect(answer.status).toBe(409)
  })
})

describe("password reset", () => {
  it("goes round through the e-mail: the link's token sets a new password once", async () => {
    const person = await personFor(owner.exporterId, owner.handle, email("forgetful"), "member")
    await call("POST", "/exporter/me", { token: person.token, body: { locale: "uz" } })
    expect(
      (await call("POST", "/auth/exporter/emailpass/reset-password", { body: { identifier: person.email.toUpperCase() } })).status,
    ).toBe(201)
    const mail = await outboxMail((raw, file) => file.includes("partner-password-reset") && raw.includes(person.email))
    expect(mail.subject).toMatch(/parolini tiklash/)
    const link = new URL((mail.text ?? "").match(/https?:\/\/\S+reset-password\S+/)![0])
    expect(link.pathname).toBe("/portal/reset-password")
    expect(link.searchParams.get("email")).toBe(person.email)
    const token = link.searchParams.get("token")!

    const newPassword = "another-long-password-2"
    const update = (t: string) =>
      call("POST", "/auth/exporter/emailpass/update", { token: t, body: { email: person.email, password: newPassword } })
    expect((await update(token)).status).toBe(200)
    expect((await update(token)).status).toBe(401)
    expect((await signIn(person.email)).status).toBe(401)
    const session = await signIn(person.email, newPassword)
    expect(session.status).toBe(200)
    expect((await call("GET", "/exporter/me", { token: session.body.token })).status).toBe(200)
  })

  it("answers the same for an address that is no one's, and sends nothing", async () => {
    const nobody = email("nobody")
    expect((await call("POST", "/auth/exporter/emailpass/reset-password", { body: { identifier: nobody } })).status).toBe(201)
    // A reset asked next for a real person is mailed after whatever the first request queued: once that mail is
    // out, the first request has been handled in full.
    const someone = await personFor(owner.exporterId, owner.handle, email("after-nobody"), "member")
    expect((await call("POST", "/auth/exporter/emailpass/reset-password", { body: { identifier: someone.email } })).status).toBe(201)
    await outboxMail((raw, file) => file.includes("partner-password-reset") && raw.includes(someone.email))
    await expect(outboxMail((raw) => raw.includes(nobody), 250)).rejects.toThrow()
  })
})

describe("sign-in", () => {
  it("attempts are limited per address: the eleventh in fifteen minutes is refused with a message", async () => {
    const address = email("guessed")
    expect((await acceptInvitation(await inviteByOperator(owner.exporterId, address, "member"))).status).toBe(201)
    const statuses: number[] = []
    for (let i = 0; i < 10; i++) statuses.push((await signIn(address.toUpperCase(), `wrong-password-${i}`)).status)
    expect(statuses.every((s) => s === 401)).toBe(true)
    const limited = await call("POST", "/auth/exporter/emailpass", {
      body: { email: address, password: PASSWORD },
      headers: { "x-medusa-locale": "ru" },
    })
    expect(limited.status).toBe(429)
    expect(limited.body.message).toMatch(/Слишком много попыток/)
    // Another address is counted on its own.
    expect((await signIn(owner.email)).status).toBe(200)
  })

  it("of a suspended exporter's people succeeds, but every exporter route refuses them with a clear message until it is lifted", async () => {
    const exporter = await newExporter("suspendable")
    expect((await operator("POST", `/admin/exporters/${exporter.exporterId}/suspend`, { reason: "Documents expired" })).status).toBe(200)
    const refused = await exporter.request("GET", "/exporter/products")
    expect(refused.status).toBe(403)
    expect(refused.body).toMatchObject({ type: "exporter_suspended", message: expect.stringMatching(/suspended/) })
    expect((await operator("POST", `/admin/exporters/${exporter.exporterId}/unsuspend`)).status).toBe(200)
    expect((await exporter.request("GET", "/exporter/products")).status).toBe(200)
    const audit = await sql<{ action: string; actor_type: string }>(
      "select action, actor_type from audit_entry where resource_id = $1 order by created_at",
      [exporter.exporterId],
    )
    expect(audit).toEqual(
      expect.arrayContaining([
        { action: "exporter.suspended", actor_type: "user" },
        { action: "exporter.unsuspended", actor_type: "user" },
      ]),
    )
  })
})
