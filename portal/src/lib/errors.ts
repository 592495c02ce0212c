/**
 * A refusal from the backend: its status and its message (which names the field and the limit), and the field
 * the message names so a form can show it beside that field.
 */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly field?: string,
  ) {
    super(message)
  }
}

/**
 * The field a backend message names, as a dotted path (`content.zh-CN.title`, `variants.0.price_cny`).
 * Medusa's validation writes paths as `Field 'content, zh-CN, title' …` or `… for field 'trade, vat_rate' …`; the
 * partner API's own messages start with the field (`hs_code must be …`, `variants[0].price_cny must be …`).
 * Only the first of several joined messages counts.
 */
export function fieldOfMessage(message: string): string | undefined {
  const first = message.replace(/^Invalid request:\s*/, "").split("; ")[0]
  const quoted = /field '([^']+)'/i.exec(first)
  if (quoted)
    return quoted[1]
      .split(/,\s*|\./)
      .filter(Boolean)
      .join(".")
  const leading = /^([a-z_][\w-]*(?:\[\d*\]|\.[\w-]+)*):?\s/.exec(first)
  if (!leading) return undefined
  return leading[1].replace(/\[(\d+)\]/g, ".$1").replace(/\[\]/g, "")
}

/**
 * The field among those a form shows that a named path means: itself, or the one path ending in it (a message
 * about `hs_code` is about `trade.hs_code` in the listing editor). Undefined when none or several match.
 */
export function resolveField(field: string | undefined, known: readonly string[]): string | undefined {
  if (!field) return undefined
  if (known.includes(field)) return field
  const endings = known.filter((path) => path.endsWith(`.${field}`))
  return endings.length === 1 ? endings[0] : undefined
}

/** The same refusal with its field resolved against the fields a form shows (or none, so it shows above the form). */
export const forForm = (error: ApiError, known: readonly string[]) =>
  new ApiError(error.message, error.status, resolveField(error.field, known))

/** Turns whatever a request threw into an ApiError, so screens handle one kind of failure. */
export function toApiError(e: unknown): ApiError {
  if (e instanceof ApiError) return e
  if (e && typeof e === "object" && "status" in e && typeof (e as { status: unknown }).status === "number") {
    const message = (e as unknown as Error).message || "Request failed"
    return new ApiError(message, (e as { status: number }).status, fieldOfMessage(message))
  }
  return new ApiError(e instanceof Error ? e.message : String(e), 0)
}

/** The message for a field, when the refusal names exactly that field. */
export const errorFor = (error: ApiError | undefined, field: string) => (error?.field === field ? error.message : undefined)
