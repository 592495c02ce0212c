import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client"

/**
 * What operators scrape from each server process at GET /metrics (src/api/metrics). Labels are classes, never values
 * a request carries: no ids, no paths, nothing personal, and a number of series that does not grow with traffic.
 */
export const registry = new Registry()
collectDefaultMetrics({ register: registry })

export const httpRequestDuration = new Histogram({
  name: "bozor_http_request_duration_seconds",
  help: "HTTP requests by route class and status class, and how long they took (count: request rate)",
  labelNames: ["route_class", "method", "status_class"] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [registry],
})

export const checkouts = new Counter({
  name: "bozor_checkouts_total",
  help: "Cart completions (POST /store/carts/:id/complete) by outcome: completed, refused, payment_failed, failed",
  labelNames: ["outcome"] as const,
  registers: [registry],
})

export const checkoutRefusals = new Counter({
  name: "bozor_checkout_refusals_total",
  help: "Completions refused by China's cross-border rules, by rule",
  labelNames: ["rule"] as const,
  registers: [registry],
})

export const searchEngineDuration = new Histogram({
  name: "bozor_search_engine_duration_seconds",
  help: "Round trips to the search engine for a search request (one multi-search), by outcome",
  labelNames: ["outcome"] as const,
  buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
  registers: [registry],
})

export const searchMissedWrites = new Gauge({
  name: "bozor_search_index_missed_writes",
  help: "Index writes Meilisearch missed that no rebuild has caught up with yet (0: the index follows the database)",
  registers: [registry],
})

export const queueJobs = new Gauge({
  name: "bozor_queue_jobs",
  help: "Jobs in the Redis queues of Medusa's event bus and workflow engine, by state (only with REDIS_URL)",
  labelNames: ["queue", "state"] as const,
  registers: [registry],
})

/** Route classes: what an operator tells apart on a dashboard, few enough to keep every series cheap. */
const CLASSES = ["store", "admin", "auth", "hooks", "exporter", "consulate", "portal", "static", "app"] as const

export function routeClass(path: string): string {
  const pathname = path.split("?")[0]
  if (pathname === "/store/search" || pathname.startsWith("/store/search/")) return "search"
  if (pathname.startsWith("/health") || pathname === "/metrics") return "operations"
  const first = pathname.split("/")[1] ?? ""
  return (CLASSES as readonly string[]).includes(first) ? first : "other"
}

export const statusClass = (status: number) => `${Math.floor(status / 100)}xx`
