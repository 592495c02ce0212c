/**
 * A refusal from the backend: its status and its message (which names the field and the limit), and the field
 * the message names so a form can show it beside that field.
 */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly field?: string
  ) {
    super(message)
  }
}

/**
 * The field a backend message names, as a dotted path (`content.zh-CN.title`, `variants.0.price_cny`).
 * Medusa's validation writes paths as `Field 'content, zh-CN, title' …`; our own messages start with the path
 * (`trade.hs_code must be …`).
 */
export function fieldOfMessage(message: string): string | undefined {
  const quoted = /field '([^']+)'/i.exec(message)
  if (quoted) return quoted[1].split(/,\s*|\./).join(".")
  const leading = /^((?:content|trade|variants|options|category_id|first_name|last_name|email|password|locale|role|token)(?:\.[\w-]+)*)\b/.exec(message)
  return leading?.[1]
}

/** Turns whatever a request threw into an ApiError, so screens handle one kind of failure. */
export function toApiError(e: unknown): ApiError {
  if (e instanceof ApiError) return e
  if (e && typeof e === "object" && "status" in e && typeof (e as { status: unknown }).status === "number") {
    const message = (e as unknown as Error).message || "Request failed"
    return new ApiError(message, (e as { status: number }).status, fieldOfMessage(message))
  }
  return new ApiError(e instanceof Error ? e.message : String(e), 0)
}

/** The error for a field path and everything under it (`trade` shows `trade.hs_code` only on its own field). */
export const errorFor = (error: ApiError | undefined, field: string) => (error?.field === field ? error.message : undefined)
