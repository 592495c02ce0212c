import type { IncomingMessage, ServerResponse } from "node:http"
import { httpRequestDuration, routeClass, statusClass } from "./metrics"
import { acceptedRequestId, withoutQueryValues } from "./request-log"

type RequestHandler = (handle: () => Promise<void>, req: IncomingMessage, res: ServerResponse, route?: string) => Promise<unknown>

/**
 * Runs first for every request the server receives, before any Express middleware: Medusa's request log and its
 * request id come after it, and so do refusals that never reach a route (a missing publishable key, a 401, a body
 * too large), which the metrics must count too.
 *
 * - The request id: the caller's `x-request-id` if it is a plausible one, a new one otherwise. Medusa takes it from
 *   the header as its `req.requestId`, logs it with the request and hands it on to tracing; it is sent back.
 * - Medusa's request log prints `originalUrl` and the referrer once the response is out: both keep their paths and
 *   lose their query values. Express keeps an `originalUrl` that is already set; routing reads `req.url`, untouched.
 * - The request's duration, by route class and status class.
 */
function observeRequest(req: IncomingMessage, res: ServerResponse) {
  const started = process.hrtime.bigint()
  const id = acceptedRequestId(req.headers["x-request-id"])
  req.headers["x-request-id"] = id
  res.setHeader("x-request-id", id)
  const url = req.url ?? "/"
  ;(req as IncomingMessage & { originalUrl?: string }).originalUrl = withoutQueryValues(url)
  if (req.headers.referer) req.headers.referer = withoutQueryValues(req.headers.referer)
  res.once("close", () => {
    const seconds = Number(process.hrtime.bigint() - started) / 1e9
    const status = res.writableFinished ? statusClass(res.statusCode) : "aborted"
    httpRequestDuration.observe({ route_class: routeClass(url), method: req.method ?? "GET", status_class: status }, seconds)
  })
}

/**
 * Medusa's server hands each request to `traceRequestHandler` of its start command when one is set (its
 * OpenTelemetry HTTP instrumentation sets one): ours observes the request and passes it on to whatever was there.
 */
export function observeHttpRequests() {
  // The module object itself, to set its export: an import's namespace is read-only.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const start = require("@medusajs/medusa/commands/start") as { traceRequestHandler?: RequestHandler }
  const next = start.traceRequestHandler
  start.traceRequestHandler = async (handle, req, res, route) => {
    observeRequest(req, res)
    return next ? next(handle, req, res, route) : handle()
  }
}
