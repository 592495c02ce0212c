/**
 * Run inside Medusa by bench/portal-listings.ts (`medusa exec ../bench/exporter-listings-loader.ts exporter=<id> add=<n>`):
 * gives one exporter N more synthetic draft listings (handles `bench-listing-…`), fast enough for 10,000. The products
 * are the seed's synthetic ones (seed/src/load/synthetic.ts: bilingual titles, two variants with CNY and USD prices and
 * stock, a trade profile, one shared picture per kind) created as the seed creates them, through Medusa's
 * createProductsWorkflow a hundred at a time; its hook gives each the exporter link and a draft review record, as a
 * listing written in the portal gets. Like the seed, it follows no search or revalidation events: drafts are in neither.
 * Nor does it follow the low-stock alert, which would look up every new stock level (and mail the exporter about the
 * few synthetic ones below five units).
 */
import type { ExecArgs, IEventBusModuleService, MedusaContainer } from "@medusajs/framework/types"
import { Modules, ProductStatus } from "@medusajs/framework/utils"
import { config as lowStock } from "../backend/src/subscribers/low-stock-email"
import { categories, collections } from "../seed/data"
import { createContext } from "../seed/src/load/context"
import { pauseEventSync } from "../seed/src/load/event-sync"
import { seedFulfilment } from "../seed/src/load/fulfilment"
import { seedProducts } from "../seed/src/load/products"
import { seedStore } from "../seed/src/load/store"
import { syntheticImages, syntheticProduct } from "../seed/src/load/synthetic"
import { seedCategories, seedCollections } from "../seed/src/load/taxonomy"

const PREFIX = "bench-listing-"
/** Medusa names a subscriber after its handler (sendLowStockEmail). */
const LOW_STOCK_SUBSCRIBER = "send-low-stock-email"

/** Takes the low-stock alert off this process's event bus (the running shop keeps it); fails loudly if it is not there. */
function pauseLowStockAlerts(container: MedusaContainer) {
  const eventBus = container.resolve<IEventBusModuleService & { eventToSubscribersMap: Map<string, { id: string }[]> }>(Modules.EVENT_BUS)
  for (const event of [lowStock.event].flat()) {
    if (!eventBus.eventToSubscribersMap.get(event)?.some((s) => s.id === LOW_STOCK_SUBSCRIBER)) {
      throw new Error(`The subscriber "${LOW_STOCK_SUBSCRIBER}" does not listen to ${event} in this process: nothing to pause.`)
    }
    eventBus.unsubscribe(event, async () => {}, { subscriberId: LOW_STOCK_SUBSCRIBER })
  }
}
const CHUNK = 500

export default async function loadExporterListings({ container, args }: ExecArgs) {
  const arg = (name: string) => args.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1)
  const exporterId = arg("exporter")
  const add = Number(arg("add"))
  if (!exporterId || !Number.isInteger(add) || add < 0)
    throw new Error("Usage: exporter-listings-loader.ts exporter=<exporter id> add=<listings>")
  const ctx = createContext(container)
  pauseEventSync(container)
  pauseLowStockAlerts(container)
  // What the products point at (channel, shipping profiles, stock locations, categories): found, not changed.
  await seedStore(ctx)
  await seedFulfilment(ctx)
  await seedCategories(ctx, categories)
  await seedCollections(ctx, collections)
  ctx.ids.exporters.bench = exporterId

  const { metadata } = await ctx.query.graph({
    entity: "product",
    fields: ["id"],
    filters: { handle: { $like: `${PREFIX}%` } },
    pagination: { take: 1, skip: 0 },
  })
  // Numbered after the bench listings an earlier run made, so handles and SKUs stay unique.
  const have = metadata?.count ?? 0
  const target = have + add
  const images = await syntheticImages(ctx)
  const started = Date.now()
  for (let n = have; n < target; n += CHUNK) {
    const seeds = Array.from({ length: Math.min(CHUNK, target - n) }, (_, i) => {
      const p = syntheticProduct(n + i, ["bench"])
      const serial = String(n + i).padStart(6, "0")
      return { ...p, handle: `${PREFIX}${serial}`, variants: p.variants.map((v, j) => ({ ...v, sku: `BL-${serial}-${j}` })) }
    })
    await seedProducts(ctx, seeds, { batch: 100, sharedImages: images, status: () => ProductStatus.DRAFT })
    const done = Math.min(n + CHUNK, target) - have
    ctx.logger.info(`bench: ${done}/${target - have} listings · ${(done / ((Date.now() - started) / 1000)).toFixed(1)}/s`)
  }
}
