import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createHash, timingSafeEqual } from "node:crypto"
import { SEARCH_CATCH_UP_MODULE } from "../../modules/search-catch-up"
import type SearchCatchUpModuleService from "../../modules/search-catch-up/service"
import { queueJobs, registry, searchMissedWrites } from "../../observability/metrics"
import { queueDepths } from "../../observability/redis"

const digest = (value: string) => createHash("sha256").update(value).digest()

/** Compared by digest in constant time, so the answer's timing says nothing about the token. */
function hasToken(authorization: string | undefined, token: string): boolean {
  const given = authorization?.match(/^Bearer\s+(.+)$/i)?.[1] ?? ""
  return timingSafeEqual(digest(given), digest(token))
}

/** Gauges read when scraped: the index lag from PostgreSQL (every process sees it), queue depths from Redis. */
async function readGauges(req: MedusaRequest) {
  const catchUp: SearchCatchUpModuleService = req.scope.resolve(SEARCH_CATCH_UP_MODULE)
  searchMissedWrites.set(await catchUp.missedWritesPending("meilisearch"))
  const redisUrl = process.env.REDIS_URL
  if (!redisUrl) return
  // Redis away: the queue gauges go missing rather than lie; readiness says why.
  queueJobs.reset()
  for (const { queue, state, jobs } of await queueDepths(redisUrl).catch(() => [])) queueJobs.set({ queue, state }, jobs)
}

/**
 * Prometheus metrics of this server process, for a scraper holding METRICS_TOKEN (a bearer token); without the
 * variable there are no metrics to serve. Nothing personal is in them: labels are route, status and outcome classes.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const token = process.env.METRICS_TOKEN
  res.set("Cache-Control", "no-store")
  if (!token) {
    res.status(404).json({ type: "not_found", message: "Metrics are off: set METRICS_TOKEN to serve them." })
    return
  }
  if (!hasToken(req.headers.authorization, token)) {
    res
      .status(401)
      .set("WWW-Authenticate", 'Bearer realm="metrics"')
      .json({ type: "unauthorized", message: "Metrics need the bearer token of METRICS_TOKEN." })
    return
  }
  await readGauges(req)
  res.set("Content-Type", registry.contentType).send(await registry.metrics())
}
