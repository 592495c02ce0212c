import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CONSULATE_SCOPE } from "../../modules/consulate/constants"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { PavilionEventInput, PavilionEventUpdate } from "../../modules/pavilion/schema"
import { recordAuditEntriesStep, type AuditActor } from "../audit/steps/record-audit-entries"
import { upsertPavilionEventStep } from "./steps/upsert-pavilion-event"
import { changedFields } from "./utils/changed-fields"

export const upsertPavilionEventWorkflowId = "upsert-pavilion-event"

/** Consulate staff create, change or delete an event; audited, and the shop's event lists follow. */
export const upsertPavilionEventWorkflow = createWorkflow(
  upsertPavilionEventWorkflowId,
  (input: { id?: string; data: PavilionEventInput | PavilionEventUpdate; remove?: boolean; actor: AuditActor }) => {
    const { before, after } = upsertPavilionEventStep({ id: input.id, data: input.data, remove: input.remove })
    const audit = transform({ input, before, after }, ({ input, before, after }) => [
      {
        actor: input.actor,
        action: input.remove ? "consulate.event_deleted" : before ? "consulate.event_updated" : "consulate.event_created",
        scope_id: CONSULATE_SCOPE,
        resource_type: "pavilion_event",
        resource_id: after.id,
        changes: input.remove ? null : changedFields(before, after),
      },
    ])
    recordAuditEntriesStep(audit)
    emitEventStep({ eventName: "pavilion-event.updated", data: transform({ after }, ({ after }) => ({ id: after.id })) })
    return new WorkflowResponse(after)
  },
)
