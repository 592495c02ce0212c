/**
 * The admin pages' calls to Bozor's own admin routes, on the admin's session
 * (same origin). A refusal throws an Error with the API's message, which the
 * pages show as it is: it names the field and the limit.
 */
export async function adminApi<T = any>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const res = await fetch(path, {
    method: init.method ?? "GET",
    credentials: "include",
    headers: init.body !== undefined ? { "content-type": "application/json" } : undefined,
    body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
  })
  const body = await res.json().catch(() => ({}))
  if (!res.ok) throw new Error(body?.message ?? `${res.status} ${res.statusText}`)
  return body as T
}
