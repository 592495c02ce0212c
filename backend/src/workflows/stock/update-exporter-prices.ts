import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import type { PartnerLocale } from "../../modules/partner-access/constants"
import { resolveOwnVariants } from "../../utils/exporter-stock"
import { recordAuditEntriesStep, type AuditActor, type AuditEntryInput } from "../audit/steps/record-audit-entries"
import { cnyPrices } from "../listing/utils/plan-listing-change"

export const updateExporterPricesWorkflowId = "update-exporter-prices"

type PriceRow = { variant_id?: string; sku?: string; price_cny: number }

/** The variants' new CNY prices (other currencies kept) and what the audit log says changed. */
const planPricesStep = createStep(
  "plan-exporter-prices",
  async (input: { exporter_id: string; locale: PartnerLocale; actor: AuditActor; prices: PriceRow[] }, { container }) => {
    const variants = await resolveOwnVariants(container, input.exporter_id, input.prices, "prices", input.locale)
    const byVariant = new Map<string, { id: string; prices: ReturnType<typeof cnyPrices> }>()
    const changes = new Map<string, Record<string, { before: unknown; after: unknown }>>()
    input.prices.forEach((row, i) => {
      const v = variants[i]
      byVariant.set(v.id, { id: v.id, prices: cnyPrices(v.prices, row.price_cny) })
      const was = v.prices.find((p) => p.currency_code === "cny")?.amount ?? null
      if (was !== row.price_cny)
        changes.set(v.product_id, {
          ...(changes.get(v.product_id) ?? {}),
          [`variants.${v.sku ?? v.id}.price_cny`]: { before: was, after: row.price_cny },
        })
    })
    const audit: AuditEntryInput[] = [...changes.entries()].map(([productId, c]) => ({
      actor: input.actor,
      action: "listing.updated",
      resource_type: "product",
      resource_id: productId,
      scope_id: input.exporter_id,
      changes: c,
    }))
    return new StepResponse({ variants: [...byVariant.values()], audit })
  },
)

/**
 * Prices from the portal or an ERP key: like a live listing's price edit, they
 * apply at once without review, through Medusa's product workflow (so search
 * and the shop follow).
 */
export const updateExporterPricesWorkflow = createWorkflow(
  updateExporterPricesWorkflowId,
  (input: { exporter_id: string; locale: PartnerLocale; actor: AuditActor; prices: PriceRow[] }) => {
    const plan = planPricesStep(input)
    updateProductVariantsWorkflow.runAsStep({ input: transform({ plan }, ({ plan }) => ({ product_variants: plan.variants })) as never })
    recordAuditEntriesStep(transform({ plan }, ({ plan }) => plan.audit))
    return new WorkflowResponse(transform({ input }, ({ input }) => ({ rows: input.prices.length })))
  },
)
