import { randomUUID } from "node:crypto"
import { DEMO_LOGINS } from "../../seed/src/demo-logins"
import { call, invitationToken, operator, PASSWORD, type Answer } from "./exporters"

/**
 * Consulate staff as the tests need them: invited by an operator in the admin
 * API, accepted from the e-mailed link, signed in with
 * POST /auth/consulate/emailpass (the shared partner mechanism).
 */

export interface ConsulateStaff {
  id: string
  email: string
  token: string
  request: <T = any>(method: string, path: string, body?: unknown) => Promise<Answer<T>>
}

export async function consulateSignIn(email: string, password = PASSWORD): Promise<Answer<{ token: string }>> {
  return call("POST", "/auth/consulate/emailpass", { body: { email, password } })
}

/** An operator invites `email` to the consulate's staff; the token as e-mailed. */
export async function inviteConsulateStaff(email: string, locale = "en"): Promise<string> {
  const answer = await operator("POST", "/admin/consulate/invitations", { email, locale })
  if (answer.status !== 201) throw new Error(`invitation answered ${answer.status}: ${JSON.stringify(answer.body)}`)
  return invitationToken(email)
}

export async function acceptConsulateInvitation(token: string, first_name = "Test", last_name = "Staff") {
  return call("POST", "/consulate/invitations/accept", { body: { token, password: PASSWORD, first_name, last_name } })
}

async function signedIn(email: string, password?: string): Promise<ConsulateStaff> {
  const session = await consulateSignIn(email, password)
  if (session.status !== 200) throw new Error(`consulate sign-in answered ${session.status}: ${JSON.stringify(session.body)}`)
  const token = session.body.token
  const me = await call("GET", "/consulate/me", { token })
  if (me.status !== 200) throw new Error(`GET /consulate/me answered ${me.status}: ${JSON.stringify(me.body)}`)
  return { id: me.body.staff.id, email, token, request: (method, path, body) => call(method, path, { token, body }) }
}

/** A new staff member of its own (invited by an operator, accepted, signed in): tests that suspend or change someone use this. */
export async function newConsulateStaff(locale = "en"): Promise<ConsulateStaff> {
  const email = `staff-${randomUUID().slice(0, 8)}@consulate.test`
  const accepted = await acceptConsulateInvitation(await inviteConsulateStaff(email, locale))
  if (accepted.status !== 201) throw new Error(`accepting answered ${accepted.status}: ${JSON.stringify(accepted.body)}`)
  return signedIn(email)
}

/** The seeded demo staff member (the embedded default's published password). */
export async function demoConsulateStaff(): Promise<ConsulateStaff> {
  return signedIn(DEMO_LOGINS.consulate.email, DEMO_LOGINS.consulate.password)
}
