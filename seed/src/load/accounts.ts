import { Modules } from "@medusajs/framework/utils"
import { createCustomerAccountWorkflow, createUsersWorkflow } from "@medusajs/medusa/core-flows"
import { DEMO_LOGINS } from "../demo-logins"
import { existing, type SeedContext } from "./context"

async function register(ctx: SeedContext, email: string, password: string) {
  const auth = ctx.container.resolve(Modules.AUTH)
  const { authIdentity, error } = await auth.register("emailpass", { body: { email, password } })
  if (error || !authIdentity) throw new Error(`Could not register ${email}: ${error}`)
  return authIdentity
}

/** The consulate's admin user and a demo customer, each with an e-mail/password identity. */
export async function seedAccounts(ctx: SeedContext) {
  const { admin, customer } = DEMO_LOGINS
  if (!(await existing(ctx, "user", "email", [admin.email]))[admin.email]) {
    const {
      result: [user],
    } = await createUsersWorkflow(ctx.container).run({
      input: { users: [{ email: admin.email, first_name: "Consulate", last_name: "Staff" }] },
    })
    const identity = await register(ctx, admin.email, admin.password)
    await ctx.container.resolve(Modules.AUTH).updateAuthIdentities({ id: identity.id, app_metadata: { user_id: user.id } })
  }
  if (!(await existing(ctx, "customer", "email", [customer.email]))[customer.email]) {
    const identity = await register(ctx, customer.email, customer.password)
    await createCustomerAccountWorkflow(ctx.container).run({
      input: {
        authIdentityId: identity.id,
        customerData: { email: customer.email, first_name: customer.first_name, last_name: customer.last_name },
      },
    })
  }
}
