import { describe, expect, it } from "vitest"
import { DEMO_LOGINS, PublishedPasswordError, seedLogins } from "../../../seed/src/demo-logins"

/** The README publishes the demo passwords: in production no account may be created with one. */
describe("accounts the seed creates", () => {
  it("are the published demo accounts outside production, with Bozor's operators as the admin", () => {
    const logins = seedLogins({})
    expect(logins.admin).toMatchObject({ email: "operators@bozor.test", first_name: "Bozor", last_name: "Operations" })
    expect(logins.admin.email).not.toMatch(/consulate/)
    expect(logins.customer).toEqual(DEMO_LOGINS.customer)
    expect(logins.consulate).toEqual(DEMO_LOGINS.consulate)
    expect(logins.consulate!.email).not.toBe(logins.admin.email)
  })

  it("are refused in production without an operator of one's own, naming the variables to set", () => {
    for (const env of [
      { NODE_ENV: "production" },
      { NODE_ENV: "production", BOZOR_ADMIN_EMAIL: "ops@bozor.example" },
      { NODE_ENV: "production", BOZOR_ADMIN_PASSWORD: "a-real-secret-42" },
      { NODE_ENV: "production", BOZOR_ADMIN_EMAIL: "ops@bozor.example", BOZOR_ADMIN_PASSWORD: DEMO_LOGINS.admin.password },
      { NODE_ENV: "production", BOZOR_ADMIN_EMAIL: "ops@bozor.example", BOZOR_ADMIN_PASSWORD: DEMO_LOGINS.customer.password },
      { NODE_ENV: "production", BOZOR_ADMIN_EMAIL: "ops@bozor.example", BOZOR_ADMIN_PASSWORD: DEMO_LOGINS.consulate.password },
    ]) {
      expect(() => seedLogins(env)).toThrow(PublishedPasswordError)
      expect(() => seedLogins(env)).toThrow(/BOZOR_ADMIN_EMAIL and BOZOR_ADMIN_PASSWORD/)
    }
  })

  it("in production are the configured operator only, never the demo customer", () => {
    const logins = seedLogins({ NODE_ENV: "production", BOZOR_ADMIN_EMAIL: "ops@bozor.example", BOZOR_ADMIN_PASSWORD: "a-real-secret-42" })
    expect(logins.admin).toMatchObject({ email: "ops@bozor.example", password: "a-real-secret-42" })
    expect(logins.customer).toBeUndefined()
    expect(logins.consulate).toBeUndefined()
  })
})
