import path from "node:path"
import { defineConfig } from "vitest/config"

/**
 * Two projects: `unit` runs anywhere in seconds; `integration` runs against the
 * real stack that scripts/test.ts starts (embedded PostgreSQL, Meilisearch,
 * built Medusa) and finds through BOZOR_TEST_* variables.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["seed/test/**/*.test.ts", "backend/test/unit/**/*.test.ts", "scripts/test/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        resolve: { alias: { "@": path.resolve(__dirname, "storefront") } },
        test: {
          name: "storefront",
          include: ["storefront/test/**/*.test.{ts,tsx}"],
          environment: "node",
        },
      },
      {
        test: {
          name: "integration",
          include: ["backend/test/integration/**/*.test.ts"],
          environment: "node",
          pool: "forks",
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
})
