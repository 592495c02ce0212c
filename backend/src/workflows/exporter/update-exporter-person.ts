import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateExporterAdminStep, type UpdateExporterAdminInput } from "./steps/update-exporter-admin"

export const updateExporterPersonWorkflowId = "update-exporter-person"

/** A person changes their own name or language (POST /exporter/me). */
export const updateExporterPersonWorkflow = createWorkflow(updateExporterPersonWorkflowId, (input: UpdateExporterAdminInput) => {
  return new WorkflowResponse(updateExporterAdminStep(input))
})
