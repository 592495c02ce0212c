import type { SearchTypes } from "@medusajs/framework/types"
import { COMPARABLE_KINDS, flattenFields } from "./fields"

/**
 * Compiles the Search Module's filter tree into Meilisearch's filter syntax
 * (https://www.meilisearch.com/docs/learn/filtering_and_sorting/filter_expression_reference).
 * Anything Meilisearch cannot express — pattern matching, a field the index does
 * not declare filterable — is refused with a message naming the field, rather
 * than silently widened.
 */
export class SearchFilterError extends Error {}

type Filters = SearchTypes.SearchFilters
type Value = SearchTypes.SearchFilterValue

const OPERATORS = new Set([
  "$eq",
  "$ne",
  "$in",
  "$nin",
  "$lt",
  "$lte",
  "$gt",
  "$gte",
  "$exists",
  "$contains",
  "$overlaps",
  "$prefix",
  "$like",
])

function literal(value: Value): string {
  if (value instanceof Date) return String(value.getTime())
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new SearchFilterError(`Filter value ${value} is not a finite number`)
    return String(value)
  }
  if (typeof value === "boolean") return String(value)
  if (value === null) throw new SearchFilterError("null can only be compared with $eq / $ne")
  return `"${String(value).replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`
}

const list = (values: Value[]) => `[${values.map(literal).join(", ")}]`

export function compileFilters(
  filters: Filters | undefined,
  definition: Pick<SearchTypes.ResolvedSearchIndexDefinition, "fields">,
): string | undefined {
  if (!filters) return undefined
  const filterable = new Map([...flattenFields(definition.fields)].filter(([, f]) => f.filterable))
  const clauses = compileGroup(filters, filterable)
  return clauses.length ? clauses.join(" AND ") : undefined
}

type Filterable = Map<string, SearchTypes.SearchFieldDefinition>

function compileGroup(filters: Filters, filterable: Filterable): string[] {
  const clauses: string[] = []
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined || key === "q") continue
    if (key === "$and" || key === "$or") {
      if (!Array.isArray(value)) throw new SearchFilterError(`${key} takes a list of filters`)
      const parts = (value as Filters[])
        .map((f) => compileGroup(f, filterable))
        .filter((p) => p.length)
        .map((p) => `(${p.join(" AND ")})`)
      if (parts.length) clauses.push(parts.length === 1 ? parts[0] : `(${parts.join(key === "$and" ? " AND " : " OR ")})`)
      continue
    }
    if (key === "$not") {
      const inner = compileGroup(value as Filters, filterable)
      if (inner.length) clauses.push(`NOT (${inner.join(" AND ")})`)
      continue
    }
    if (key.startsWith("$")) throw new SearchFilterError(`Unknown filter operator "${key}"`)
    if (!filterable.has(key)) throw new SearchFilterError(`Field "${key}" is not filterable in this index`)
    clauses.push(...compileField(key, value, COMPARABLE_KINDS.has(filterable.get(key)!.type)))
  }
  return clauses
}

function compileField(field: string, value: unknown, comparable: boolean): string[] {
  if (Array.isArray(value)) return [`${field} IN ${list(value as Value[])}`]
  if (value === null) return [`${field} IS NULL`]
  if (typeof value !== "object" || value instanceof Date) return [`${field} = ${literal(value as Value)}`]

  const ops = value as Record<string, unknown>
  const clauses: string[] = []
  for (const [op, operand] of Object.entries(ops)) {
    if (operand === undefined) continue
    if (!OPERATORS.has(op)) {
      throw new SearchFilterError(`Field "${field}" is an object: only operators ($eq, $in, $gte…) may appear under it, not "${op}"`)
    }
    if (!comparable && ["$lt", "$lte", "$gt", "$gte"].includes(op)) {
      throw new SearchFilterError(`Field "${field}" can only be matched by value: ${op} needs a number or a date`)
    }
    switch (op) {
      case "$eq":
        clauses.push(operand === null ? `${field} IS NULL` : `${field} = ${literal(operand as Value)}`)
        break
      case "$ne":
        clauses.push(operand === null ? `${field} IS NOT NULL` : `${field} != ${literal(operand as Value)}`)
        break
      case "$in":
      case "$overlaps":
        clauses.push(`${field} IN ${list(asList(field, op, operand))}`)
        break
      case "$nin":
        clauses.push(`${field} NOT IN ${list(asList(field, op, operand))}`)
        break
      case "$contains": {
        // On an array field, every listed value must be present.
        const values = Array.isArray(operand) ? (operand as Value[]) : [operand as Value]
        clauses.push(values.map((v) => `${field} = ${literal(v)}`).join(" AND "))
        break
      }
      case "$lt":
        clauses.push(`${field} < ${literal(operand as Value)}`)
        break
      case "$lte":
        clauses.push(`${field} <= ${literal(operand as Value)}`)
        break
      case "$gt":
        clauses.push(`${field} > ${literal(operand as Value)}`)
        break
      case "$gte":
        clauses.push(`${field} >= ${literal(operand as Value)}`)
        break
      case "$exists":
        clauses.push(operand ? `${field} EXISTS` : `${field} NOT EXISTS`)
        break
      case "$prefix":
        if (typeof operand !== "string" || !operand) throw new SearchFilterError(`$prefix on "${field}" needs a non-empty string`)
        clauses.push(`${field} STARTS WITH ${literal(operand)}`)
        break
      case "$like":
        throw new SearchFilterError(`$like on "${field}" cannot be expressed in Meilisearch filters; use the query text or $prefix`)
    }
  }
  return clauses
}

function asList(field: string, op: string, operand: unknown): Value[] {
  if (!Array.isArray(operand)) throw new SearchFilterError(`${op} on "${field}" takes a list of values`)
  if (operand.length > 1000) throw new SearchFilterError(`${op} on "${field}" takes at most 1000 values, got ${operand.length}`)
  return operand as Value[]
}
