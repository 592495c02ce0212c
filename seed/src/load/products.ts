import { ProductStatus } from "@medusajs/framework/utils"
import { createInventoryLevelsWorkflow, createProductsWorkflow, createProductTagsWorkflow } from "@medusajs/medusa/core-flows"
import type { ProductSeed, Text } from "../catalog-types"
import { renderProductImage } from "../images"
import { existing, type SeedContext } from "./context"
import { uploadImages } from "./files"
import { createTranslations, translationsOf } from "./translations"

const OPTION_TITLES: Record<string, Text> = {
  Weight: { en: "Weight", "zh-CN": "重量", ru: "Вес" },
  Size: { en: "Size", "zh-CN": "尺码", ru: "Размер" },
  Colour: { en: "Colour", "zh-CN": "颜色", ru: "Цвет" },
  Length: { en: "Length", "zh-CN": "长度", ru: "Длина" },
  Pack: { en: "Pack", "zh-CN": "规格", ru: "Упаковка" },
}

async function ensureTags(ctx: SeedContext, products: ProductSeed[]): Promise<Record<string, string>> {
  const values = [...new Set(products.flatMap((p) => p.tags))]
  const ids = await existing(ctx, "product_tag", "value", values)
  const missing = await ctx.ledger.toCreate("product-tag", values, ids)
  if (missing.length) {
    const { result } = await createProductTagsWorkflow(ctx.container).run({
      input: { product_tags: missing.map((value) => ({ value })) },
    })
    for (const tag of result) ids[tag.value] = tag.id
    await ctx.ledger.record("product-tag", Object.fromEntries(result.map((tag: { value: string; id: string }) => [tag.value, tag.id])))
  }
  return ids
}

function productInput(
  ctx: SeedContext,
  p: ProductSeed,
  imageUrl: string,
  tagIds: Record<string, string>,
  status: ProductStatus = ProductStatus.PUBLISHED,
) {
  return {
    title: p.title.en,
    subtitle: p.subtitle.en,
    description: p.description.en,
    handle: p.handle,
    status,
    thumbnail: imageUrl,
    images: [{ url: imageUrl }],
    // What staff deleted (a category, a collection, a tag, the channel) is left out rather than recreated.
    category_ids: [ctx.ids.categories[p.category]].filter(Boolean),
    collection_id: (p.collection && ctx.ids.collections[p.collection]) || undefined,
    tag_ids: p.tags.map((t) => tagIds[t]).filter(Boolean),
    shipping_profile_id: ctx.ids.profiles[p.stock_origin] || undefined,
    sales_channels: ctx.ids.salesChannel ? [{ id: ctx.ids.salesChannel }] : [],
    origin_country: "uz",
    hs_code: p.trade.hs_code,
    options: p.options.map((o) => ({ title: o.title, values: o.values })),
    variants: p.variants.map((v) => ({
      title: p.options.map((o) => v.options[o.title]).join(" / "),
      sku: v.sku,
      options: v.options,
      manage_inventory: true,
      weight: v.weight_g,
      origin_country: "uz",
      hs_code: p.trade.hs_code,
      prices: [
        { currency_code: "cny", amount: v.price_cny },
        { currency_code: "usd", amount: v.price_usd },
      ],
    })),
  }
}

function productExtras(ctx: SeedContext, p: ProductSeed) {
  const { trade } = p
  return {
    exporter_id: ctx.ids.exporters[p.exporter],
    trade: {
      origin_region: trade.origin_region,
      hs_code: trade.hs_code,
      vat_rate: trade.vat_rate,
      stock_origin: p.stock_origin,
      shelf_life_days: trade.shelf_life_days ?? null,
      storage: trade.storage?.en ?? null,
      allergens: trade.allergens,
      certificates: trade.certificates,
      manufacturer: trade.manufacturer.en,
      gacc_registration_number: trade.gacc_registration_number ?? null,
      indivisible: trade.indivisible,
      label_zh: trade.label_zh ?? null,
    },
  }
}

type CreatedProduct = {
  id: string
  handle: string
  options: { id: string; title: string; values: { id: string; value: string }[] }[]
  variants: { id: string; sku: string; title: string; inventory_items: { inventory_item_id: string }[] }[]
  trade_profile?: { id: string }
}

/** Stock, and the zh-CN/ru text of everything the product owns (options, values, variants, trade data). */
async function completeProducts(ctx: SeedContext, seeds: ProductSeed[]) {
  const { data } = await ctx.query.graph({
    entity: "product",
    fields: [
      "id",
      "handle",
      "options.id",
      "options.title",
      "options.values.id",
      "options.values.value",
      "variants.id",
      "variants.sku",
      "variants.title",
      "variants.inventory_items.inventory_item_id",
      "trade_profile.id",
    ],
    filters: { handle: seeds.map((s) => s.handle) },
  })
  const byHandle = new Map((data as CreatedProduct[]).map((p) => [p.handle, p]))
  const levels = []
  const translations = []
  for (const seed of seeds) {
    const product = byHandle.get(seed.handle)!
    ctx.ids.products[seed.handle] = product.id
    const location = seed.stock_origin === "cross_border" ? ctx.ids.locations.tashkent : ctx.ids.locations.guangzhou
    for (const variant of location ? product.variants : []) {
      const stock = seed.variants.find((v) => v.sku === variant.sku)!.stock
      for (const item of variant.inventory_items) {
        levels.push({ inventory_item_id: item.inventory_item_id, location_id: location, stocked_quantity: stock })
      }
    }
    translations.push(
      ...translationsOf("product", product.id, { title: seed.title, subtitle: seed.subtitle, description: seed.description }),
    )
    for (const option of product.options) {
      const spec = seed.options.find((o) => o.title === option.title)!
      if (OPTION_TITLES[option.title])
        translations.push(...translationsOf("product_option", option.id, { title: OPTION_TITLES[option.title] }))
      for (const value of option.values) {
        const zh = spec.values_zh?.[value.value]
        if (zh) translations.push(...translationsOf("product_option_value", value.id, { value: { en: value.value, "zh-CN": zh } }))
      }
    }
    const zhValue = (title: string, value: string) => seed.options.find((o) => o.title === title)?.values_zh?.[value] ?? value
    for (const variant of product.variants) {
      const spec = seed.variants.find((v) => v.sku === variant.sku)!
      const zhTitle = seed.options.map((o) => zhValue(o.title, spec.options[o.title])).join(" / ")
      if (zhTitle !== variant.title)
        translations.push(...translationsOf("product_variant", variant.id, { title: { en: variant.title, "zh-CN": zhTitle } }))
    }
    if (product.trade_profile) {
      translations.push(
        ...translationsOf("trade_profile", product.trade_profile.id, {
          storage: seed.trade.storage,
          manufacturer: seed.trade.manufacturer,
        }),
      )
    }
  }
  if (levels.length) await createInventoryLevelsWorkflow(ctx.container).run({ input: { inventory_levels: levels } })
  await createTranslations(ctx, translations)
}

export interface SeedProductsOptions {
  /** Products per workflow run. */
  batch?: number
  /** Image URL per motif, shared instead of rendering one picture per product (synthetic products). */
  sharedImages?: Record<string, string>
  onProgress?: (done: number, total: number) => void
  /** The product's status (published unless said otherwise: listings still in review are not). */
  status?: (p: ProductSeed) => ProductStatus
}

export async function seedProducts(ctx: SeedContext, products: ProductSeed[], options: SeedProductsOptions = {}) {
  const batchSize = options.batch ?? 8
  const ids = await existing(
    ctx,
    "product",
    "handle",
    products.map((p) => p.handle),
  )
  const toCreate = new Set(
    await ctx.ledger.toCreate(
      "product",
      products.map((p) => p.handle),
      ids,
    ),
  )
  const missing = products.filter((p) => toCreate.has(p.handle))
  Object.assign(ctx.ids.products, ids)
  const tagIds = await ensureTags(ctx, missing)
  for (let i = 0; i < missing.length; i += batchSize) {
    const batch = missing.slice(i, i + batchSize)
    const urls = options.sharedImages
      ? batch.map((p) => options.sharedImages![p.image.motif])
      : await uploadImages(
          ctx,
          await Promise.all(
            batch.map(async (p) => ({ filename: `products/${p.handle}.webp`, content: await renderProductImage(p.image, p.handle) })),
          ),
        )
    await createProductsWorkflow(ctx.container).run({
      input: {
        products: batch.map((p, j) => productInput(ctx, p, urls[j], tagIds, options.status?.(p))),
        additional_data: { product_extras: Object.fromEntries(batch.map((p) => [p.handle, productExtras(ctx, p)])) },
      },
    })
    await completeProducts(ctx, batch)
    await ctx.ledger.record("product", Object.fromEntries(batch.map((p) => [p.handle, ctx.ids.products[p.handle]])))
    options.onProgress?.(Math.min(i + batchSize, missing.length), missing.length)
  }
  return { created: missing.length, existing: products.length - missing.length }
}
