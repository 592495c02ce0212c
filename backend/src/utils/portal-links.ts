/**
 * Links into the partner portal, which the Medusa server serves at /portal
 * (same origin as the API): where invitation and password e-mails send people.
 */
export function portalUrl(path: string, params: Record<string, string>): string {
  const backend = (process.env.MEDUSA_BACKEND_URL ?? `http://localhost:${process.env.PORT ?? 9000}`).replace(/\/$/, "")
  return `${backend}/portal/${path}?${new URLSearchParams(params).toString()}`
}
