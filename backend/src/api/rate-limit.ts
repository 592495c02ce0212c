import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { RATE_LIMIT_MODULE } from "../modules/rate-limit"
import type RateLimitModuleService from "../modules/rate-limit/service"
import type { RateLimit } from "../modules/rate-limit/service"

type Req = MedusaRequest & { auth_context?: { actor_id?: string } }

/**
 * Answers 429 with a message in the request's language once `key(req)` has
 * made `limit` attempts in the current window; counts every attempt, failed
 * or not. The key names who is counted (an account, a cart, an e-mail), never
 * the client's IP alone: the storefront's server makes every shopper's calls.
 */
export function rateLimit(
  action: string,
  rule: RateLimit,
  key: (req: Req) => string,
  message: (locale: string | undefined, minutes: number) => string,
) {
  return async (req: Req, res: MedusaResponse, next: MedusaNextFunction) => {
    const limits: RateLimitModuleService = req.scope.resolve(RATE_LIMIT_MODULE)
    const result = await limits.hit(`${action}:${key(req)}`, rule)
    if (result.allowed) return next()
    res.setHeader("Retry-After", String(result.retryAfterSeconds))
    res.status(429).json({ type: "rate_limited", message: message(req.locale, Math.max(1, Math.ceil(result.retryAfterSeconds / 60))) })
  }
}
