import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { releaseCustomsQuotaStep, type ReleaseCustomsQuotaInput } from "./steps/release-customs-quota"

export const releaseCustomsQuotaWorkflowId = "release-customs-quota"

/** A cancelled or refunded order gives back the annual quota its cross-border goods used. */
export const releaseCustomsQuotaWorkflow = createWorkflow(releaseCustomsQuotaWorkflowId, (input: ReleaseCustomsQuotaInput) => {
  return new WorkflowResponse(releaseCustomsQuotaStep(input))
})
