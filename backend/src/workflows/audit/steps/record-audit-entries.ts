import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AUDIT_LOG_MODULE } from "../../../modules/audit-log"
import type AuditLogModuleService from "../../../modules/audit-log/service"

/** Who made a change: an operator ("user"), a partner person ("exporter", later "consulate"), or the system. */
export interface AuditActor {
  type: string
  id: string | null
  email: string | null
}

export interface AuditEntryInput {
  actor: AuditActor
  action: string
  resource_type: string
  resource_id: string
  /** The organisation whose people may read the entry (the exporter's id). */
  scope_id?: string | null
  changes?: Record<string, unknown> | null
}

export const recordAuditEntriesStepId = "record-audit-entries"

/** Writes audit entries in the workflow that made the change, so a change that rolls back leaves none. */
export const recordAuditEntriesStep = createStep(
  recordAuditEntriesStepId,
  async (entries: AuditEntryInput[], { container }) => {
    const service: AuditLogModuleService = container.resolve(AUDIT_LOG_MODULE)
    if (!entries.length) return new StepResponse([], [])
    const created = await service.createAuditEntries(
      entries.map((e) => ({
        actor_type: e.actor.type,
        actor_id: e.actor.id,
        actor_email: e.actor.email,
        action: e.action,
        resource_type: e.resource_type,
        resource_id: e.resource_id,
        scope_id: e.scope_id ?? null,
        changes: e.changes ?? null,
      })),
    )
    return new StepResponse(
      created,
      created.map((c) => c.id),
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const service: AuditLogModuleService = container.resolve(AUDIT_LOG_MODULE)
    await service.deleteAuditEntries(ids)
  },
)
