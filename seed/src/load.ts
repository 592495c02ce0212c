/**
 * Loads Bozor's catalog into Medusa through its own workflows. Run inside
 * Medusa (`medusa exec ../seed/src/load.ts` from backend/, which is what
 * `npm run seed` does). It creates only what it never created before, by its
 * ledger (the seed-ledger module): what exists is never changed, and what staff
 * deleted is not recreated. A run cut short resumes where it stopped. Search
 * follows no events while it loads and is rebuilt once at the end.
 *
 *   npm run seed                       the catalog
 *   npm run seed -- --synthetic 10000  plus synthetic products up to 10,000
 */
import { MedusaModule } from "@medusajs/framework/modules-sdk"
import type { ExecArgs } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { SingleBar } from "cli-progress"
import {
  campaignPages,
  categories,
  collections,
  exporters,
  listingProducts,
  pavilion,
  pavilionEvents,
  pendingChanges,
  products,
  promotions,
} from "../data"
import { parseLoaderArgs } from "./args"
import { planAccounts, seedAccounts } from "./load/accounts"
import { createContext, type SeedContext } from "./load/context"
import { pauseEventSync } from "./load/event-sync"
import { seedConsulateLogin } from "./load/consulate-login"
import { seedExporterLogins } from "./load/exporter-logins"
import { seedExporters } from "./load/exporters"
import { seedFulfilment } from "./load/fulfilment"
import { seedListings } from "./load/listings"
import { seedProducts } from "./load/products"
import { seedPavilion } from "./load/pavilion"
import { seedPromotions } from "./load/promotions"
import { seedStore } from "./load/store"
import { SYNTHETIC_PREFIX, syntheticImages, syntheticProduct } from "./load/synthetic"
import { seedCategories, seedCollections } from "./load/taxonomy"
import { SEED_FINISHED } from "./names"

async function timed<T>(ctx: SeedContext, label: string, work: () => Promise<T>): Promise<T> {
  const started = Date.now()
  const result = await work()
  ctx.logger.info(`seed: ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`)
  return result
}

async function countSynthetic(ctx: SeedContext): Promise<number> {
  const { metadata } = await ctx.query.graph({
    entity: "product",
    fields: ["id"],
    filters: { handle: { $like: `${SYNTHETIC_PREFIX}%` } },
    pagination: { take: 1, skip: 0 },
  })
  return metadata?.count ?? 0
}

/** Adds synthetic products until there are `target` of them, with a progress bar and the measured rate; returns how many it made. */
async function seedSynthetic(ctx: SeedContext, target: number): Promise<number> {
  const have = await countSynthetic(ctx)
  if (have >= target) {
    ctx.logger.info(`seed: ${have} synthetic products already there`)
    return 0
  }
  const images = await syntheticImages(ctx)
  const exporterHandles = Object.keys(ctx.ids.exporters)
  const bar = new SingleBar({
    format: "  synthetic products [{bar}] {value}/{total} · {rate}/s · eta {eta_formatted}",
    barsize: 30,
    hideCursor: true,
    noTTYOutput: true,
    notTTYSchedule: 5000,
  })
  const started = Date.now()
  bar.start(target - have, 0, { rate: "0" })
  const CHUNK = 500
  let created = 0
  for (let n = have; n < target; n += CHUNK) {
    const seeds = Array.from({ length: Math.min(CHUNK, target - n) }, (_, i) => syntheticProduct(n + i, exporterHandles))
    created += (await seedProducts(ctx, seeds, { batch: 100, sharedImages: images })).created
    const done = Math.min(n + CHUNK, target) - have
    bar.update(done, { rate: (done / ((Date.now() - started) / 1000)).toFixed(0) })
  }
  bar.stop()
  const seconds = (Date.now() - started) / 1000
  ctx.logger.info(
    `seed: ${target - have} synthetic products in ${seconds.toFixed(1)} s (${((target - have) / seconds).toFixed(1)} products/s)`,
  )
  return created
}

/** Rebuilds every search index that follows events, once, after a load that created products. */
async function rebuildSearch(ctx: SeedContext) {
  const search = ctx.container.resolve(Modules.SEARCH)
  for (const { name } of MedusaModule.getSearchIndexes().filter((index) => index.events?.length)) {
    await timed(ctx, `search index "${name}" rebuilt`, () => search.reindex({ index: name }))
  }
}

export default async function load({ container, args }: ExecArgs) {
  const options = parseLoaderArgs(args)
  const ctx = createContext(container)
  pauseEventSync(container)
  // Decided first: with NODE_ENV=production a refusal to create an account with a published password comes
  // before anything is created.
  const accounts = await planAccounts(ctx)
  const started = Date.now()
  await timed(ctx, "store, channel, key, regions", () => seedStore(ctx))
  await timed(ctx, "stock locations and shipping", () => seedFulfilment(ctx))
  await timed(ctx, "categories and collections", async () => {
    await seedCategories(ctx, categories)
    await seedCollections(ctx, collections)
  })
  await timed(ctx, `${exporters.length} exporters`, () => seedExporters(ctx, exporters))
  const result = await timed(ctx, `${products.length} products`, () =>
    seedProducts(ctx, products, { onProgress: (done, total) => ctx.logger.info(`seed: products ${done}/${total}`) }),
  )
  await timed(ctx, `${promotions.length} promotions`, () => seedPromotions(ctx, promotions))
  await timed(ctx, "campaign pages, pavilion and events", () => seedPavilion(ctx, { campaignPages, pavilion, events: pavilionEvents }))
  const listings = await timed(ctx, `${listingProducts.length} listings in review states`, () =>
    seedListings(ctx, listingProducts, pendingChanges, exporters),
  )
  await timed(ctx, "accounts", () => seedAccounts(ctx, accounts))
  await timed(ctx, "exporters' sign-ins", () => seedExporterLogins(ctx, exporters))
  await timed(ctx, "consulate staff sign-in", () => seedConsulateLogin(ctx))
  // Tells the launcher the catalog is complete: a seed cut short before this is resumed on the next start.
  await ctx.ledger.mark(SEED_FINISHED)
  ctx.logger.info(
    `seed: catalog ready in ${((Date.now() - started) / 1000).toFixed(1)} s — ${result.created} products created, ${result.existing} already there`,
  )
  const synthetic = options.synthetic ? await seedSynthetic(ctx, options.synthetic) : 0
  if (result.created + listings.created + synthetic > 0) await rebuildSearch(ctx)
}
