import { observeHttpRequests } from "./src/observability/http-requests"
import { startTracing } from "./src/observability/tracing"

/**
 * Loaded by `medusa start` in every server and worker process before anything else (Medusa's instrumentation hook).
 * Tracing first: Medusa's HTTP instrumentation installs the request handler that ours then wraps.
 */
export function register() {
  startTracing()
  observeHttpRequests()
}
