import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createInventoryLevelsWorkflow, updateInventoryLevelsWorkflow, updateProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import type { PartnerLocale } from "../../modules/partner-access/constants"
import { recordAuditEntriesStep, type AuditActor } from "../audit/steps/record-audit-entries"
import { planStockUpdatesStep, type StockUpdateRow } from "./steps/plan-stock-updates"

export const updateExporterStockWorkflowId = "update-exporter-stock"

/**
 * An exporter's bulk stock update (from the portal or an ERP key): levels per
 * location through Medusa's inventory workflows, low-stock thresholds on the
 * variants through the product workflow. All rows or none: a failing write
 * rolls back the ones before it through their compensation.
 */
export const updateExporterStockWorkflow = createWorkflow(
  updateExporterStockWorkflowId,
  (input: { exporter_id: string; locale: PartnerLocale; actor: AuditActor; updates: StockUpdateRow[] }) => {
    const plan = planStockUpdatesStep(input)
    when("stock-create-levels", { plan }, ({ plan }) => plan.create.length > 0).then(() => {
      createInventoryLevelsWorkflow.runAsStep({ input: transform({ plan }, ({ plan }) => ({ inventory_levels: plan.create })) })
    })
    when("stock-update-levels", { plan }, ({ plan }) => plan.update.length > 0).then(() => {
      updateInventoryLevelsWorkflow.runAsStep({ input: transform({ plan }, ({ plan }) => ({ updates: plan.update })) })
    })
    when("stock-thresholds", { plan }, ({ plan }) => plan.thresholds.length > 0).then(() => {
      updateProductVariantsWorkflow.runAsStep({
        input: transform({ plan }, ({ plan }) => ({ product_variants: plan.thresholds })) as never,
      })
    })
    recordAuditEntriesStep(transform({ plan }, ({ plan }) => plan.audit))
    return new WorkflowResponse(transform({ plan }, ({ plan }) => ({ rows: plan.rows })))
  },
)
