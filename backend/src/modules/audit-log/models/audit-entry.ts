import { model } from "@medusajs/framework/utils"

/**
 * One change someone made: who (actor type, id and e-mail as they were then),
 * when, what (an action and the changed fields, before and after), to which
 * resource, and on behalf of which organisation (`scope_id`: the exporter whose
 * people and operators both read it). Written by the workflow that made the
 * change, in the same run, so a change that rolls back leaves no entry.
 */
const AuditEntry = model
  .define("audit_entry", {
    id: model.id({ prefix: "audit" }).primaryKey(),
    actor_type: model.text(),
    actor_id: model.text().nullable(),
    actor_email: model.text().nullable(),
    action: model.text(),
    resource_type: model.text(),
    resource_id: model.text(),
    scope_id: model.text().nullable(),
    changes: model.json().nullable(),
  })
  .indexes([{ on: ["resource_type", "resource_id"] }, { on: ["scope_id"] }])

export default AuditEntry
