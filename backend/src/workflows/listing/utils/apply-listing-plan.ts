import { transform, when, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import {
  batchTranslationsWorkflow,
  createProductOptionsStep,
  createInventoryLevelsWorkflow,
  updateInventoryLevelsWorkflow,
  updateProductsWorkflow,
  updateProductVariantsWorkflow,
} from "@medusajs/medusa/core-flows"
import { planInventoryLevelsStep } from "../steps/plan-inventory-levels"
import { setProductOptionValuesStep } from "../steps/set-product-option-values"
import { upsertTradeProfileStep } from "../steps/upsert-trade-profile"
import type { ListingPlan } from "./plan-listing-change"

/**
 * The writes of a plan, composed into the calling workflow: Medusa's own
 * product, variant, translation and inventory workflows (so events, search
 * sync and storefront revalidation follow), and the trade profile. Each
 * writes only when the plan has something for it; any failure rolls back
 * every write before it.
 */
export function applyListingPlan(plan: WorkflowData<ListingPlan>, productId: WorkflowData<string> | string) {
  when("listing-widen-options", { plan }, ({ plan }) => plan.options_before.length > 0).then(() => {
    setProductOptionValuesStep(transform({ plan }, ({ plan }) => plan.options_before)).config({ name: "widen-product-options" })
  })
  const createdOptions = when("listing-create-options", { plan }, ({ plan }) => plan.options_create.length > 0).then(() =>
    createProductOptionsStep(transform({ plan }, ({ plan }) => plan.options_create)),
  )
  when("listing-update-product", { plan }, ({ plan }) => !!plan.product).then(() => {
    updateProductsWorkflow.runAsStep({
      input: transform({ plan, productId, createdOptions }, ({ plan, productId, createdOptions }) => {
        const reshaped = plan.options_create.length || plan.options_keep.length
        const option_ids = [...plan.options_keep, ...((createdOptions as { id: string }[] | undefined) ?? []).map((o) => o.id)]
        return { products: [{ ...plan.product, ...(reshaped ? { option_ids } : {}), id: productId }] }
      }) as never,
    })
  })
  when("listing-update-prices", { plan }, ({ plan }) => plan.variant_prices.length > 0).then(() => {
    updateProductVariantsWorkflow.runAsStep({
      input: transform({ plan }, ({ plan }) => ({ product_variants: plan.variant_prices })) as never,
    })
  })
  when("listing-narrow-options", { plan }, ({ plan }) => plan.options_after.length > 0).then(() => {
    setProductOptionValuesStep(transform({ plan }, ({ plan }) => plan.options_after)).config({ name: "narrow-product-options" })
  })
  when("listing-translations", { plan }, ({ plan }) => plan.translations.create.length + plan.translations.update.length > 0).then(() => {
    batchTranslationsWorkflow.runAsStep({
      input: transform({ plan, productId }, ({ plan, productId }) => ({
        create: plan.translations.create.map((t) => ({ ...t, reference_id: productId })),
        update: plan.translations.update,
        delete: [],
      })),
    })
  })
  when("listing-trade", { plan }, ({ plan }) => !!plan.trade).then(() => {
    upsertTradeProfileStep(transform({ plan, productId }, ({ plan, productId }) => ({ product_id: productId, trade: plan.trade! })))
  })
  const levels = when("listing-stock", { plan }, ({ plan }) => !!plan.stock).then(() =>
    planInventoryLevelsStep(transform({ plan, productId }, ({ plan, productId }) => ({ product_id: productId, stock: plan.stock! }))),
  )
  when("listing-create-levels", { levels }, ({ levels }) => !!levels?.create.length).then(() => {
    createInventoryLevelsWorkflow.runAsStep({ input: transform({ levels }, ({ levels }) => ({ inventory_levels: levels!.create })) })
  })
  when("listing-update-levels", { levels }, ({ levels }) => !!levels?.update.length).then(() => {
    updateInventoryLevelsWorkflow.runAsStep({ input: transform({ levels }, ({ levels }) => ({ updates: levels!.update })) })
  })
}
