import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { CreateExporterInput } from "./create-exporters"
import { updateExportersStep } from "./steps/update-exporters"

export type UpdateExporterInput = { id: string } & Partial<Omit<CreateExporterInput, "admins" | "handle">> & {
    suspended?: boolean
    suspended_at?: Date | null
    suspension_reason?: string | null
  }

export const updateExportersWorkflowId = "update-exporters"

/** Changes exporters' profiles (consulate admin); `exporter.updated` lets search and the shop follow. */
export const updateExportersWorkflow = createWorkflow(updateExportersWorkflowId, (input: { exporters: UpdateExporterInput[] }) => {
  const exporters = updateExportersStep(input.exporters)
  const eventData = transform({ exporters }, ({ exporters }) => exporters.map((e) => ({ id: e.id })))
  emitEventStep({ eventName: "exporter.updated", data: eventData })
  return new WorkflowResponse(exporters)
})
