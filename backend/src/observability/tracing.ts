import type { ReadableSpan, SpanProcessor } from "@medusajs/framework/opentelemetry/sdk-trace-node"
import { withoutQueryValues } from "./request-log"

/** Attributes that hold a URL: kept without query values, like the request log. */
const URL_ATTRIBUTES = ["http.url", "url.full", "http.target"]

/** Attributes that hold SQL: the ORM writes values into its statements as literals (e-mails, names, API keys). */
const SQL_ATTRIBUTES = ["db.statement", "db.query.text"]

/** A statement with every string literal replaced by `'?'`: its shape stays, what people typed goes. */
const withoutLiterals = (sql: string) => sql.replace(/'(?:[^']|'')*'/g, "'?'")

/**
 * Medusa's HTTP instrumentation copies every request header onto its span, under the header's own name: cookies,
 * bearer tokens, the publishable key, the signed order links of `x-order-access`, Stripe's signature. OpenTelemetry's
 * own attributes all have a dotted name (`http.method`, `db.statement`, `workflow.step.action`), headers none: every
 * undotted attribute is dropped but the request id, which is what ties a trace to the request log.
 */
export function redactSpan(span: ReadableSpan) {
  const writable = span as { name: string; attributes: Record<string, unknown> }
  for (const key of Object.keys(writable.attributes)) {
    if (!key.includes(".") && key !== "x-request-id") delete writable.attributes[key]
  }
  for (const key of URL_ATTRIBUTES) {
    const value = writable.attributes[key]
    if (typeof value === "string") writable.attributes[key] = withoutQueryValues(value)
  }
  for (const key of SQL_ATTRIBUTES) {
    const value = writable.attributes[key]
    if (typeof value === "string") writable.attributes[key] = withoutLiterals(value)
  }
  writable.name = withoutQueryValues(writable.name)
}

/** Runs before the exporting processor, on every span as it ends. */
class RedactingSpanProcessor implements SpanProcessor {
  onStart() {}
  onEnd(span: ReadableSpan) {
    redactSpan(span)
  }
  async forceFlush() {}
  async shutdown() {}
}

/**
 * Medusa's OpenTelemetry instrumentation (HTTP layer, workflows and steps, Query, PostgreSQL), exported over OTLP/HTTP
 * when an endpoint is configured (OTEL_EXPORTER_OTLP_ENDPOINT or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT; the exporter
 * reads the rest of the OTEL_EXPORTER_OTLP_* settings itself). Off, and nothing of OpenTelemetry loaded, otherwise.
 */
export function startTracing(env: NodeJS.ProcessEnv = process.env) {
  if (!env.OTEL_EXPORTER_OTLP_ENDPOINT && !env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) return undefined
  /* eslint-disable @typescript-eslint/no-require-imports -- loaded only when tracing is configured */
  const { registerOtel } = require("@medusajs/medusa") as typeof import("@medusajs/medusa")
  const { OTLPTraceExporter } =
    require("@opentelemetry/exporter-trace-otlp-http") as typeof import("@opentelemetry/exporter-trace-otlp-http")
  const { BatchSpanProcessor } =
    require("@medusajs/framework/opentelemetry/sdk-trace-node") as typeof import("@medusajs/framework/opentelemetry/sdk-trace-node")
  /* eslint-enable @typescript-eslint/no-require-imports */
  const exporter = new OTLPTraceExporter()
  return registerOtel({
    serviceName: env.OTEL_SERVICE_NAME || "bozor-backend",
    exporter,
    // Batched, not one export per span (registerOtel's default); redacted before anything leaves the process.
    spanProcessors: [new RedactingSpanProcessor(), new BatchSpanProcessor(exporter)],
    // Traces only: metrics are Prometheus's (GET /metrics), logs go to standard output. Left unset, the SDK would
    // start OTLP metric and log exporters of its own to the same endpoint.
    metricReaders: [],
    logRecordProcessors: [],
    instrument: { http: true, workflows: true, query: true, db: true },
  })
}
