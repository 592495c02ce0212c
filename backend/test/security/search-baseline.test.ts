import { describe, expect, it } from "vitest"
import { startBackendProcess } from "../backend-process"
import { testStack } from "../helpers"

/**
 * The search benchmark compares Meilisearch with Medusa's PostgreSQL provider
 * on a second product index. That index belongs to the benchmark's own copy
 * of the backend (bench/search-baseline.ts): no environment variable makes the
 * shipped backend define it or open it to the public store route.
 */
describe("the shipped backend has one product index", () => {
  it("does not serve the benchmark's PostgreSQL index, whatever BOZOR_SEARCH_BASELINE says", async () => {
    const backend = await startBackendProcess({ env: { BOZOR_SEARCH_BASELINE: "1" } })
    try {
      const search = (entity: string) =>
        fetch(`${backend.url}/store/search`, {
          method: "POST",
          headers: { "content-type": "application/json", "x-publishable-api-key": testStack().publishableKey },
          body: JSON.stringify({ entity, filters: { q: "honey" }, pagination: { take: 1 } }),
        })
      const baseline = await search("product_pg")
      expect(baseline.status).toBe(404)
      expect(((await baseline.json()) as { message: string }).message).toBe('No search index named "product_pg"')
      expect((await search("product")).status).toBe(200)
    } finally {
      await backend.stop()
    }
  }, 240_000)
})
