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
          include: [
            "shared/test/**/*.test.ts",
            "seed/test/**/*.test.ts",
            "backend/test/unit/**/*.test.ts",
            "scripts/test/**/*.test.ts",
            "bench/test/**/*.test.ts",
          ],
          environment: "node",
          // Drawing and encoding the seed's pictures is CPU work: on a 2-core machine that is also building, 5 s is short.
          testTimeout: 30_000,
        },
      },
      {
        // The storefront runs React 19 (its own node_modules) while the backend's React 18 is hoisted to the root:
        // libraries the components use (next-intl, Stripe's React bindings) are inlined so they see the storefront's React.
        resolve: {
          alias: {
            "@": path.resolve(__dirname, "storefront"),
            react: path.resolve(__dirname, "storefront/node_modules/react"),
            "react-dom": path.resolve(__dirname, "storefront/node_modules/react-dom"),
          },
        },
        esbuild: { jsx: "automatic" },
        test: {
          name: "storefront",
          include: ["storefront/test/**/*.test.{ts,tsx}"],
          environment: "node",
          server: { deps: { inline: ["next-intl", "use-intl", "@stripe/react-stripe-js"] } },
        },
      },
      {
        // The partner portal's own logic (form mapping, completeness, catalogs); its screens run in the browser journeys.
        test: {
          name: "portal",
          include: ["portal/test/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        test: {
          name: "integration",
          include: ["backend/test/integration/**/*.test.ts", "backend/test/security/**/*.test.ts"],
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
