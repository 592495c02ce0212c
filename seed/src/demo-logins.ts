/**
 * The published demo accounts: what the first seed of an empty database creates (unless told otherwise), what
 * `npm start` prints and the tests sign in with. Their passwords are in the README, so they are for demos only.
 */
export const DEMO_LOGINS = {
  /** Bozor's operators (Medusa Admin). Consulate staff get an actor of their own, not this account. */
  admin: { email: "operators@bozor.test", password: "bozor-admin-2026", first_name: "Bozor", last_name: "Operations" },
  customer: { email: "li.na@bozor.test", password: "bozor-demo-2026", first_name: "娜", last_name: "李" },
  /**
   * Every seeded exporter's owner signs in to the partner portal with this password (their e-mails are in
   * seed/data/exporters.ts); this one is printed at start: Fergana Golden Valley, in Russian.
   */
  exporter: { email: "dilnoza.karimova@oltinvodiy.uz", password: "bozor-exporter-2026" },
  /** The consulate's staff member of the demo (the `consulate` actor in the partner portal, never Medusa Admin). */
  consulate: {
    email: "consulate@bozor.test",
    password: "bozor-consulate-2026",
    first_name: "Aziza",
    last_name: "Rahimova",
    locale: "ru" as const,
  },
}

const PUBLISHED_PASSWORDS = new Set([
  DEMO_LOGINS.admin.password,
  DEMO_LOGINS.customer.password,
  DEMO_LOGINS.exporter.password,
  DEMO_LOGINS.consulate.password,
])

export class PublishedPasswordError extends Error {}

export type Login = { email: string; password: string; first_name: string; last_name: string }

/**
 * The accounts the seed creates in this environment: the operator (BOZOR_ADMIN_EMAIL and BOZOR_ADMIN_PASSWORD, or
 * the demo one), the demo customer, a sign-in for each seeded exporter's owner with the demo exporter password, and
 * the demo consulate staff member.
 * With NODE_ENV=production no account gets a published password: the operator needs both variables, with a password
 * of its own, the demo customer is not created, and exporters' people and consulate staff get no password (operators invite them).
 */
export function seedLogins(env: NodeJS.ProcessEnv = process.env): {
  admin: Login
  customer?: Login
  exporterPassword?: string
  consulate?: typeof DEMO_LOGINS.consulate
} {
  const admin = {
    ...DEMO_LOGINS.admin,
    email: env.BOZOR_ADMIN_EMAIL || DEMO_LOGINS.admin.email,
    password: env.BOZOR_ADMIN_PASSWORD || DEMO_LOGINS.admin.password,
  }
  if (env.NODE_ENV !== "production") {
    return { admin, customer: DEMO_LOGINS.customer, exporterPassword: DEMO_LOGINS.exporter.password, consulate: DEMO_LOGINS.consulate }
  }
  if (!env.BOZOR_ADMIN_EMAIL || !env.BOZOR_ADMIN_PASSWORD || PUBLISHED_PASSWORDS.has(admin.password)) {
    throw new PublishedPasswordError(
      "NODE_ENV=production: the seed creates no account with a published demo password. Set BOZOR_ADMIN_EMAIL and " +
        "BOZOR_ADMIN_PASSWORD (a password of your own, kept in your secret store) for the first operator, then seed again.",
    )
  }
  return { admin }
}
