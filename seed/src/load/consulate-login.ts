import { Modules } from "@medusajs/framework/utils"
import { CONSULATE_MODULE } from "../../../backend/src/modules/consulate"
import type ConsulateModuleService from "../../../backend/src/modules/consulate/service"
import { seedLogins } from "../demo-logins"
import type { SeedContext } from "./context"

/**
 * The demo consulate staff member (the `consulate` actor of the partner
 * portal), on the embedded default only: with NODE_ENV=production operators
 * invite the consulate's staff from the admin. Created once (the ledger's
 * `consulate-login:demo`); a member staff removed, or an address that already
 * signs in, is left alone.
 */
export async function seedConsulateLogin(ctx: SeedContext) {
  const login = seedLogins().consulate
  if (!login) return
  if (!(await ctx.ledger.toCreate("consulate-login", ["demo"], {})).length) return
  const consulate: ConsulateModuleService = ctx.container.resolve(CONSULATE_MODULE)
  const auth = ctx.container.resolve(Modules.AUTH)
  const [taken] = await auth.listProviderIdentities({ entity_id: login.email, provider: "emailpass" })
  const [existing] = await consulate.listConsulateStaffs({ email: login.email })
  if (taken || existing) return
  const staff = await consulate.createConsulateStaffs({
    email: login.email,
    first_name: login.first_name,
    last_name: login.last_name,
    locale: login.locale,
  })
  const { authIdentity, error } = await auth.register("emailpass", { body: { email: login.email, password: login.password } } as never)
  if (error || !authIdentity) throw new Error(`Could not register ${login.email}: ${error}`)
  await auth.updateAuthIdentities({ id: authIdentity.id, app_metadata: { consulate_id: staff.id } })
  await ctx.ledger.record("consulate-login", { demo: staff.id })
}
