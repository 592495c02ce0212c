/**
 * The search benchmark's baseline — the shop's product index served by
 * Medusa's own PostgreSQL provider (`product_pg`) beside the Meilisearch one,
 * both through POST /store/search — exists only here, as a benchmark-only
 * variant of the backend (backend-variant.ts) with two files added.
 */
import { renameSync, writeFileSync } from "node:fs"
import path from "node:path"
import { backendUrl, type StackConfig } from "../scripts/lib/config"
import { StartupError } from "../scripts/lib/processes"
import { step } from "../scripts/lib/ui"
import { startVariantStack, type BackendVariant, type VariantStack } from "./backend-variant"

/**
 * What the variant adds. The shop's middlewares move to
 * src/api/shop-middlewares.ts and the new middlewares.ts adds the baseline to
 * the indexes the store route opens (configureStoreSearch merges them).
 */
const ADDED_FILES: Record<string, string> = {
  "src/search/product-baseline.ts": `import { defineProductIndex } from "./product"

/** The shop's product index, served by Medusa's PostgreSQL provider: the search benchmark's baseline. */
defineProductIndex("product_pg", "search-postgres")
`,
  "src/api/middlewares.ts": `import { configureStoreSearch, defineMiddlewares } from "@medusajs/framework/http"
import shop from "./shop-middlewares"

/** The shop's middlewares, and POST /store/search open to the baseline index as well. */
export default defineMiddlewares({
  ...shop,
  routes: [
    ...(shop.routes ?? []),
    { matcher: "/store/search", method: ["POST"], middlewares: [configureStoreSearch({ allowed_indexes: { product_pg: true } })] },
  ],
})
`,
}

const WITH_BASELINE: BackendVariant = {
  name: "backend-with-baseline",
  label: "the backend with the PostgreSQL baseline",
  edit(dir) {
    renameSync(path.join(dir, "src/api/middlewares.ts"), path.join(dir, "src/api/shop-middlewares.ts"))
    for (const [file, text] of Object.entries(ADDED_FILES)) writeFileSync(path.join(dir, file), text)
  },
}

export interface BaselineStack extends Omit<VariantStack, "exec"> {
  /** `medusa exec` in the variant, where both indexes are defined (reindexing product_pg needs that). */
  exec(script: string, args?: string[]): Promise<void>
}

/** PostgreSQL and Meilisearch as `npm start` runs them, the catalog, and the variant serving both indexes. */
export async function startBaselineStack(config: StackConfig): Promise<BaselineStack> {
  const stack = await startVariantStack(config, WITH_BASELINE)
  try {
    await stack.serve(stack.first, "both search indexes")
    await step("Search index", () => searchAnswers(backendUrl(config), stack.publishableKey))
    return { ...stack, exec: (script, args) => stack.exec(stack.first, script, args) }
  } catch (e) {
    await stack.supervisor.stopAll()
    throw e
  }
}

/** Medusa seeds a new search index in the background after it starts: the shop's index answers first. */
async function searchAnswers(baseUrl: string, key: string, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const res = await fetch(`${baseUrl}/store/search`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-publishable-api-key": key },
      body: JSON.stringify({ entity: "product", filters: { q: "" }, pagination: { take: 1 } }),
    }).catch(() => undefined)
    if (res?.ok) return
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new StartupError(`Search did not answer within ${timeoutMs / 1000} s.`)
}
