import { pingRedis } from "./redis"

type DependencyState = "ok" | "failed" | "timeout"

export interface Readiness {
  ready: boolean
  dependencies: Record<string, DependencyState>
}

/** A dependency that does not answer within this is as good as down for a request that needs it. */
const TIMEOUT_MS = 2000

async function state(check: () => Promise<unknown>): Promise<DependencyState> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<DependencyState>((resolve) => (timer = setTimeout(() => resolve("timeout"), TIMEOUT_MS)))
  try {
    return await Promise.race([
      check().then(
        () => "ok" as const,
        () => "failed" as const,
      ),
      timeout,
    ])
  } finally {
    clearTimeout(timer)
  }
}

/**
 * Whether this server can serve: PostgreSQL, Redis (when REDIS_URL is set) and Meilisearch (when MEILISEARCH_HOST
 * is set) each answer, checked at once and each within two seconds. Only states go out, never addresses or error
 * messages.
 */
export async function checkReadiness(postgres: () => Promise<unknown>, env: NodeJS.ProcessEnv = process.env): Promise<Readiness> {
  const checks: Record<string, () => Promise<unknown>> = { postgres }
  if (env.REDIS_URL) checks.redis = () => pingRedis(env.REDIS_URL!)
  if (env.MEILISEARCH_HOST) {
    const health = `${env.MEILISEARCH_HOST.replace(/\/$/, "")}/health`
    checks.meilisearch = async () => {
      const res = await fetch(health, { signal: AbortSignal.timeout(TIMEOUT_MS) })
      if (!res.ok) throw new Error(`Meilisearch answered ${res.status}`)
    }
  }
  const names = Object.keys(checks)
  const states = await Promise.all(names.map((name) => state(checks[name])))
  const dependencies = Object.fromEntries(names.map((name, i) => [name, states[i]]))
  return { ready: states.every((s) => s === "ok"), dependencies }
}
