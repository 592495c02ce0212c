import { createCollectionsWorkflow, createProductCategoriesWorkflow } from "@medusajs/medusa/core-flows"
import type { CategorySeed, CollectionSeed } from "../catalog-types"
import { existing, type SeedContext } from "./context"
import { createTranslations, translationsOf } from "./translations"

export async function seedCategories(ctx: SeedContext, categories: CategorySeed[]) {
  const ids = await existing(
    ctx,
    "product_category",
    "handle",
    categories.map((c) => c.handle),
  )
  const toCreate = new Set(
    await ctx.ledger.toCreate(
      "category",
      categories.map((c) => c.handle),
      ids,
    ),
  )
  // Parents first, so children can point at them; a child whose parent staff deleted is not created.
  const levels = [categories.filter((c) => !c.parent), categories.filter((c) => c.parent)]
  for (const level of levels) {
    const missing = level.filter((c) => toCreate.has(c.handle) && (!c.parent || ids[c.parent]))
    if (!missing.length) continue
    const { result } = await createProductCategoriesWorkflow(ctx.container).run({
      input: {
        product_categories: missing.map((c) => ({
          name: c.name.en,
          handle: c.handle,
          description: c.description.en,
          rank: c.rank,
          is_active: true,
          is_internal: false,
          parent_category_id: c.parent ? ids[c.parent] : null,
        })),
      },
    })
    for (const created of result) ids[created.handle] = created.id
    await createTranslations(
      ctx,
      missing.flatMap((c) => translationsOf("product_category", ids[c.handle], { name: c.name, description: c.description })),
    )
    await ctx.ledger.record("category", Object.fromEntries(missing.map((c) => [c.handle, ids[c.handle]])))
  }
  ctx.ids.categories = ids
}

export async function seedCollections(ctx: SeedContext, collections: CollectionSeed[]) {
  const ids = await existing(
    ctx,
    "product_collection",
    "handle",
    collections.map((c) => c.handle),
  )
  const toCreate = await ctx.ledger.toCreate(
    "collection",
    collections.map((c) => c.handle),
    ids,
  )
  const missing = collections.filter((c) => toCreate.includes(c.handle))
  if (missing.length) {
    const { result } = await createCollectionsWorkflow(ctx.container).run({
      input: { collections: missing.map((c) => ({ title: c.title.en, handle: c.handle })) },
    })
    for (const created of result) ids[created.handle] = created.id
    await createTranslations(
      ctx,
      missing.flatMap((c) => translationsOf("product_collection", ids[c.handle], { title: c.title })),
    )
    await ctx.ledger.record("collection", Object.fromEntries(missing.map((c) => [c.handle, ids[c.handle]])))
  }
  ctx.ids.collections = ids
}
