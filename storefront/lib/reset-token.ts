/**
 * Where a password reset link's token stands, read from its own `exp` claim so that the page can say "expired"
 * before the buyer types a new password. The signature is the backend's to check: a token that looks valid here may
 * still be refused (already used, or replaced by a newer link).
 */
export type ResetTokenState = "valid" | "expired" | "malformed"

export function resetTokenState(token: string, now = Date.now()): ResetTokenState {
  const [, payload] = token.split(".")
  if (!payload || token.length > 4096) return "malformed"
  try {
    const { exp } = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as { exp?: unknown }
    if (typeof exp !== "number") return "malformed"
    return exp * 1000 <= now ? "expired" : "valid"
  } catch {
    return "malformed"
  }
}
