import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { findOrderExportersStep } from "./steps/find-order-exporters"

export const linkOrderExportersWorkflowId = "link-order-exporters"

/**
 * One order stays one order: each exporter whose products it holds is linked
 * to it (exporter–order link), which is all the exporter API reads orders
 * through — and then only that exporter's own lines. Running it twice links nothing twice.
 */
export const linkOrderExportersWorkflow = createWorkflow(linkOrderExportersWorkflowId, (input: { order_id: string }) => {
  const links = findOrderExportersStep(input)
  createRemoteLinkStep(links)
  return new WorkflowResponse(links)
})
