import { Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { adminApi } from "../lib/api"

type AuditEntry = {
  id: string
  at: string
  actor: { type: string; email: string | null }
  action: string
  resource: { type: string; id: string }
}

/**
 * Who did what, newest first, from the audit log: for one resource (a listing) or for one organisation (an exporter,
 * or the consulate, whose staff never sign in here). `showResource` adds what each entry touched.
 */
export function AuditTrail({
  filter,
  showResource = false,
  limit = 50,
}: {
  filter: { resource_id: string } | { scope_id: string }
  showResource?: boolean
  limit?: number
}) {
  const [entries, setEntries] = useState<AuditEntry[] | null>(null)
  const query = new URLSearchParams({ ...filter, limit: String(limit) }).toString()
  useEffect(() => {
    adminApi<{ entries: AuditEntry[] }>(`/admin/audit-log?${query}`)
      .then((r) => setEntries(r.entries))
      .catch((e: Error) => toast.error(e.message))
  }, [query])
  if (!entries) return null
  if (entries.length === 0)
    return (
      <Text size="small" className="text-ui-fg-subtle">
        Nothing recorded yet.
      </Text>
    )
  return (
    <ul className="flex flex-col gap-1" data-testid="audit-trail">
      {entries.map((e) => (
        <li key={e.id}>
          <Text size="xsmall" className="text-ui-fg-subtle">
            {new Date(e.at).toLocaleString()} · {e.actor.email ?? e.actor.type} · {e.action}
            {showResource ? ` · ${e.resource.type} ${e.resource.id}` : ""}
          </Text>
        </li>
      ))}
    </ul>
  )
}
