import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import type { ListingInput } from "../../modules/listing/schema"
import { recordAuditEntriesStep, type AuditActor } from "../audit/steps/record-audit-entries"
import { loadListingStep } from "./steps/load-listing"
import { applyListingPlan } from "./utils/apply-listing-plan"
import { createdAudit, decideCreate } from "./utils/review-decisions"

export const createListingWorkflowId = "create-listing"

/**
 * An exporter's new listing, a draft: Medusa's createProductsWorkflow (whose
 * hook links it to the exporter, gives it its trade profile and a review
 * record), then its text in zh-CN, en and ru through the Translation Module and
 * a stock level at the location its stock origin names.
 */
export const createListingWorkflow = createWorkflow(
  createListingWorkflowId,
  (input: { exporter_id: string; actor: AuditActor; listing: ListingInput }) => {
    const { context } = loadListingStep({ product_id: null })
    const decided = transform({ input, context }, ({ input, context }) => decideCreate(input, context))
    const products = createProductsWorkflow.runAsStep({ input: transform({ decided }, ({ decided }) => decided.workflowInput) as never })
    const productId = transform({ products }, ({ products }) => (products as { id: string }[])[0].id)
    applyListingPlan(
      transform({ decided }, ({ decided }) => decided.after),
      productId,
    )
    recordAuditEntriesStep(
      transform({ input, productId, decided }, ({ input, productId, decided }) => createdAudit(input, productId, decided.changes)),
    )
    return new WorkflowResponse(productId)
  },
)
