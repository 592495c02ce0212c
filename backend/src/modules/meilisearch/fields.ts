import type { SearchTypes } from "@medusajs/framework/types"

type FieldDefinition = SearchTypes.SearchFieldDefinition

/** Every field of a definition by its dotted path (`categories.name`), nested objects flattened. */
export function flattenFields(fields: Record<string, FieldDefinition>, prefix = ""): Map<string, FieldDefinition> {
  const out = new Map<string, FieldDefinition>()
  for (const [name, field] of Object.entries(fields)) {
    const path = prefix + name
    if (field.type === "object" && field.fields) {
      for (const [inner, def] of flattenFields(field.fields, `${path}.`)) out.set(inner, def)
    } else {
      out.set(path, field)
    }
  }
  return out
}

export const searchWeight = (field: FieldDefinition) =>
  field.searchable ? (typeof field.searchable === "object" ? (field.searchable.weight ?? 1) : 1) : 0

/** Field kinds whose values have an order, so <, <=, >, >= mean something (numbers and dates). */
export const COMPARABLE_KINDS = new Set<string>(["integer", "float", "date"])
