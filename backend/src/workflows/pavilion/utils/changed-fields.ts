const IGNORED = new Set(["created_at", "updated_at", "deleted_at", "boundary_checked_at"])

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

/** What an edit changed, field by field (before and after), for the audit log; a new record lists every field. */
export function changedFields(before: Record<string, any> | null, after: Record<string, any>) {
  const changes: Record<string, { from: unknown; to: unknown }> = {}
  for (const [key, value] of Object.entries(after)) {
    if (IGNORED.has(key) || key === "id") continue
    const old = before?.[key]
    if (!before || !same(old instanceof Date ? old.toISOString() : old, value instanceof Date ? value.toISOString() : value)) {
      changes[key] = { from: old ?? null, to: value ?? null }
    }
  }
  return changes
}
