import { Modules } from "@medusajs/framework/utils"
import { EXPORTER_MODULE } from "../../../backend/src/modules/exporter"
import type ExporterModuleService from "../../../backend/src/modules/exporter/service"
import type { ExporterSeed } from "../catalog-types"
import { seedLogins } from "../demo-logins"
import type { SeedContext } from "./context"

/**
 * A partner-portal sign-in for each seeded exporter's owner, with the demo
 * exporter password, on the embedded default only: with NODE_ENV=production
 * no one gets a published password, and operators invite exporters' people
 * from the admin. Each is created once (the ledger's `exporter-login:<handle>`);
 * an owner staff removed, or an address that already signs in, is left alone.
 */
export async function seedExporterLogins(ctx: SeedContext, exporters: ExporterSeed[]) {
  const password = seedLogins().exporterPassword
  if (!password) return
  const people: ExporterModuleService = ctx.container.resolve(EXPORTER_MODULE)
  const auth = ctx.container.resolve(Modules.AUTH)
  const toCreate = await ctx.ledger.toCreate(
    "exporter-login",
    exporters.map((e) => e.handle),
    {},
  )
  const created: Record<string, string> = {}
  for (const seed of exporters.filter((e) => toCreate.includes(e.handle))) {
    const email = seed.admin.email.toLowerCase()
    const [person] = await people.listExporterAdmins({ email })
    const [taken] = await auth.listProviderIdentities({ entity_id: email, provider: "emailpass" })
    if (!person || taken) continue
    const { authIdentity, error } = await auth.register("emailpass", { body: { email, password } } as never)
    if (error || !authIdentity) throw new Error(`Could not register ${email}: ${error}`)
    await auth.updateAuthIdentities({ id: authIdentity.id, app_metadata: { exporter_id: person.id } })
    created[seed.handle] = authIdentity.id
  }
  if (Object.keys(created).length) await ctx.ledger.record("exporter-login", created)
}
