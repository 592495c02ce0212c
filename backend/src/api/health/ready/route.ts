import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { checkReadiness } from "../../../observability/readiness"

/**
 * Readiness: 200 when PostgreSQL, Redis (with REDIS_URL) and Meilisearch answer; 503 naming the dependencies that do
 * not. Medusa's own /health answers "OK" as long as the process runs.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const pg = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { ready, dependencies } = await checkReadiness(() => pg.raw("select 1"))
  const failed = Object.keys(dependencies).filter((name) => dependencies[name] !== "ok")
  res
    .status(ready ? 200 : 503)
    .set("Cache-Control", "no-store")
    .json(ready ? { status: "ready", dependencies } : { status: "unavailable", failed, dependencies })
}
