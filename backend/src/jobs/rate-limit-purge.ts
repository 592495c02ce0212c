import type { MedusaContainer } from "@medusajs/framework/types"
import { RATE_LIMIT_MODULE } from "../modules/rate-limit"
import type RateLimitModuleService from "../modules/rate-limit/service"

/** Old attempt counters are of no use once their window has passed. */
export default async function purgeRateLimits(container: MedusaContainer) {
  const limits: RateLimitModuleService = container.resolve(RATE_LIMIT_MODULE)
  await limits.purgeExpired()
}

export const config = { name: "rate-limit-purge", schedule: "17 * * * *" }
