import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CONSULATE_SCOPE } from "../../modules/consulate/constants"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { PavilionPageUpdate } from "../../modules/pavilion/schema"
import { recordAuditEntriesStep, type AuditActor } from "../audit/steps/record-audit-entries"
import { updatePavilionPageStep } from "./steps/update-pavilion-page"
import { changedFields } from "./utils/changed-fields"

export const updatePavilionPageWorkflowId = "update-pavilion-page"

/** Consulate staff edit the pavilion's story, featured exporters and the Guangzhou centre; audited, and the shop follows. */
export const updatePavilionPageWorkflow = createWorkflow(
  updatePavilionPageWorkflowId,
  (input: { data: PavilionPageUpdate; actor: AuditActor }) => {
    const { before, after } = updatePavilionPageStep(input.data)
    const audit = transform({ input, before, after }, ({ input, before, after }) => [
      {
        actor: input.actor,
        action: "consulate.pavilion_page_updated",
        scope_id: CONSULATE_SCOPE,
        resource_type: "pavilion_page",
        resource_id: after.id,
        changes: changedFields(before, after),
      },
    ])
    recordAuditEntriesStep(audit)
    emitEventStep({ eventName: "pavilion-page.updated", data: transform({ after }, ({ after }) => ({ id: after.id })) })
    return new WorkflowResponse(after)
  },
)
