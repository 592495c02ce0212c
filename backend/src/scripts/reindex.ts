import type { ExecArgs } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/**
 * `npm run reindex`: rebuilds the product index into a new version while the
 * current one keeps answering, then swaps. Progress is the new version's
 * document count against the number of products, as the engine reports it.
 */
export default async function reindex({ container, args }: ExecArgs) {
  const index = args?.[0] ?? "product"
  const searchModule = container.resolve(Modules.SEARCH) as any
  const [, total] = await container.resolve(Modules.PRODUCT).listAndCountProducts({}, { take: 1, select: ["id"] })
  const { SingleBar, Presets } = await import("cli-progress")
  const bar = new SingleBar(
    { format: "  Reindexing {index} [{bar}] {percentage}% · {value}/{total} · {eta_formatted} left", hideCursor: true },
    Presets.shades_classic,
  )
  const provider = searchModule.searchProviderService_?.retrieve(searchModule.getIndex(index).provider)
  const before = new Set<string>(((await provider?.listIndexes?.()) ?? []).map((i: { name: string }) => i.name))
  bar.start(total, 0, { index })
  const poll = setInterval(async () => {
    const fresh = ((await provider?.listIndexes?.().catch(() => [])) ?? []).filter((i: { name: string }) => !before.has(i.name))
    if (fresh.length) bar.update(Math.min(total, Math.max(...fresh.map((i: { document_count: number }) => i.document_count))))
  }, 300)
  const started = Date.now()
  try {
    await searchModule.reindex({ index })
  } finally {
    clearInterval(poll)
  }
  bar.update(total)
  bar.stop()
  console.log(`  Reindexed ${total} products into "${index}" in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}
