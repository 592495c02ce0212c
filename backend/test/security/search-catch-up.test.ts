import Medusa from "@medusajs/js-sdk"
import { describe, expect, it } from "vitest"
import { DEMO_LOGINS } from "../../../seed/src/demo-logins"
import { startBackendProcess } from "../backend-process"
import { eventually, handles, killMeilisearch, missedSearchWrites, searchRaw } from "../search"
import { adminClient } from "../shop"

/**
 * A product change that could not reach Meilisearch is safe in PostgreSQL;
 * the index catches up once Meilisearch answers again. With several Medusa
 * processes (servers and workers, or one restarted), the process that missed
 * the write is often not the one that catches up: the mark must live where
 * every process sees it.
 */
describe("search catch-up across processes", () => {
  it("a write missed by one backend process is caught up by another after that one has stopped", async () => {
    const stackAdmin = await adminClient()
    const { products } = await stackAdmin.admin.product.list({ handle: "samarkand-ashtak-apricots", fields: "id,title" })
    expect(products).toHaveLength(1)
    const other = await startBackendProcess()
    let meili: ReturnType<typeof killMeilisearch> | undefined
    try {
      const admin = new Medusa({ baseUrl: other.url, auth: { type: "jwt", jwtTokenStorageMethod: "memory" } })
      await admin.auth.login("user", "emailpass", DEMO_LOGINS.admin)

      meili = killMeilisearch()
      await eventually(
        async () => (await searchRaw({ q: "apricots" })).status,
        (s) => s === 503,
        10_000,
      )
      // The other process takes the change and fails to index it; then it stops, as a worker is replaced on a deploy.
      const missed = await missedSearchWrites()
      await admin.admin.product.update(products[0].id, { title: `${products[0].title} Quokka` })
      await eventually(missedSearchWrites, (n) => n > missed, 30_000)
      await other.stop()

      meili.restart()
      meili = undefined
      // The stack's own backend never saw the change: only the shared mark tells it to catch up.
      await eventually(
        () => handles({ q: "quokka" }).catch(() => []),
        (h) => h[0] === "samarkand-ashtak-apricots",
        60_000,
      )
    } finally {
      meili?.restart()
      await other.stop()
      await stackAdmin.admin.product.update(products[0].id, { title: products[0].title })
    }
    await eventually(
      () => handles({ q: "quokka" }).catch(() => ["?"]),
      (h) => h.length === 0,
      30_000,
    )
  }, 240_000)
})
