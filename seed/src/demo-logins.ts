/**
 * Demo accounts the seed creates and `npm start` prints. Override them with
 * BOZOR_ADMIN_EMAIL / BOZOR_ADMIN_PASSWORD before seeding anything but a demo.
 */
export const DEMO_LOGINS = {
  admin: {
    email: process.env.BOZOR_ADMIN_EMAIL ?? "consulate@bozor.test",
    password: process.env.BOZOR_ADMIN_PASSWORD ?? "bozor-admin-2026",
  },
  customer: { email: "li.na@bozor.test", password: "bozor-demo-2026", first_name: "娜", last_name: "李" },
  /** Every seeded exporter admin signs in with its own e-mail and this password. */
  exporterPassword: process.env.BOZOR_EXPORTER_PASSWORD ?? "bozor-exporter-2026",
}
