import { Modules } from "@medusajs/framework/utils"
import { createCustomerAccountWorkflow, createUsersWorkflow } from "@medusajs/medusa/core-flows"
import { seedLogins, type Login } from "../demo-logins"
import type { SeedContext } from "./context"

async function register(ctx: SeedContext, email: string, password: string) {
  const auth = ctx.container.resolve(Modules.AUTH)
  const { authIdentity, error } = await auth.register("emailpass", { body: { email, password } })
  if (error || !authIdentity) throw new Error(`Could not register ${email}: ${error}`)
  return authIdentity
}

async function anyId(ctx: SeedContext, entity: string, filters: Record<string, unknown> = {}): Promise<string | undefined> {
  const { data } = await ctx.query.graph({ entity, fields: ["id"], filters, pagination: { take: 1, skip: 0 } })
  return data[0]?.id
}

export interface AccountsPlan {
  admin?: Login
  customer?: Login
}

/**
 * Which accounts this seed will create, decided before it creates anything (so that a refusal in production comes
 * first): the first operator only while the shop has no staff user at all, the demo customer only while it has no
 * customer account at all, and each only once: an account the seed created and staff deleted is not recreated.
 */
export async function planAccounts(ctx: SeedContext): Promise<AccountsPlan> {
  const present: Record<string, string> = {}
  const user = await anyId(ctx, "user")
  const customer = await anyId(ctx, "customer", { has_account: true })
  if (user) present.operator = user
  if (customer) present["demo-customer"] = customer
  const toCreate = await ctx.ledger.toCreate("account", ["operator", "demo-customer"], present)
  if (!toCreate.length) return {}
  const logins = seedLogins()
  return {
    admin: toCreate.includes("operator") ? logins.admin : undefined,
    customer: toCreate.includes("demo-customer") ? logins.customer : undefined,
  }
}

/** Bozor's first operator and the demo customer, each with an e-mail/password identity, as planned. */
export async function seedAccounts(ctx: SeedContext, plan: AccountsPlan) {
  const { admin, customer } = plan
  if (admin) {
    const {
      result: [user],
    } = await createUsersWorkflow(ctx.container).run({
      input: { users: [{ email: admin.email, first_name: admin.first_name, last_name: admin.last_name }] },
    })
    const identity = await register(ctx, admin.email, admin.password)
    await ctx.container.resolve(Modules.AUTH).updateAuthIdentities({ id: identity.id, app_metadata: { user_id: user.id } })
    await ctx.ledger.record("account", { operator: user.id })
  }
  if (customer) {
    const identity = await register(ctx, customer.email, customer.password)
    const { result } = await createCustomerAccountWorkflow(ctx.container).run({
      input: {
        authIdentityId: identity.id,
        customerData: { email: customer.email, first_name: customer.first_name, last_name: customer.last_name },
      },
    })
    await ctx.ledger.record("account", { "demo-customer": result.id })
  }
}
