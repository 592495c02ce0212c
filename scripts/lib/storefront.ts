import { existsSync } from "node:fs"
import path from "node:path"
import { ROOT, STOREFRONT_DIR, backendUrl, storefrontUrl, type StackConfig } from "./config"
import { waitForHttp } from "./net"
import { run, serverNodeOptions, type Supervisor } from "./processes"
import { hashSources, readStamp, writeStamp } from "./stamps"

const NEXT_BIN = path.join(ROOT, "node_modules", ".bin", "next")
const BUILD_STAMP = path.join(STOREFRONT_DIR, ".next", ".bozor-build")

export interface StorefrontRuntime {
  config: StackConfig
  publishableKey: string
}

/** The storefront's environment: what the stack's configuring environment (StackConfig.env) says, nothing else. */
export function storefrontEnv(rt: StorefrontRuntime): NodeJS.ProcessEnv {
  const { env } = rt.config
  return {
    PATH: env.PATH,
    HOME: env.HOME,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_OPTIONS: serverNodeOptions(env.NODE_OPTIONS),
    PORT: String(rt.config.ports.storefront),
    MEDUSA_BACKEND_URL: env.MEDUSA_BACKEND_URL || backendUrl(rt.config),
    MEDUSA_PUBLISHABLE_KEY: rt.publishableKey,
    STOREFRONT_URL: env.STOREFRONT_URL || storefrontUrl(rt.config),
    REVALIDATE_SECRET: rt.config.secrets.revalidate,
    // With Redis, every instance shares one page and image cache (storefront/cache-handler.cjs).
    ...(env.REDIS_URL ? { REDIS_URL: env.REDIS_URL } : {}),
    // Card payments need Stripe Elements, which need the publishable key; without it the card method is not offered.
    ...(env.STRIPE_PUBLISHABLE_KEY ? { STRIPE_PUBLISHABLE_KEY: env.STRIPE_PUBLISHABLE_KEY } : {}),
  }
}

/** `next build` when the storefront's sources changed since the last build. */
export async function buildStorefront(supervisor: Supervisor, rt: StorefrontRuntime): Promise<boolean> {
  const hash = hashSources([STOREFRONT_DIR, path.join(ROOT, "package-lock.json")])
  if (readStamp(BUILD_STAMP) === hash && existsSync(path.join(STOREFRONT_DIR, ".next", "BUILD_ID"))) return false
  await run(NEXT_BIN, ["build"], {
    cwd: STOREFRONT_DIR,
    env: storefrontEnv(rt),
    logFile: path.join(supervisor.logDir, "storefront-build.log"),
  })
  writeStamp(BUILD_STAMP, hash)
  return true
}

/** Starts one Next.js instance of the built storefront; `npm start` runs one on STOREFRONT_PORT, the cluster several. */
export async function startStorefront(
  rt: StorefrontRuntime,
  supervisor: Supervisor,
  instance = { name: "storefront", port: rt.config.ports.storefront },
) {
  const { child, logFile } = supervisor.spawn(instance.name, NEXT_BIN, ["start", "-p", String(instance.port)], {
    cwd: STOREFRONT_DIR,
    env: { ...storefrontEnv(rt), PORT: String(instance.port) },
  })
  let dead = false
  child.on("exit", () => (dead = true))
  await waitForHttp(`http://localhost:${instance.port}/zh-CN`, {
    timeoutMs: 60_000,
    what: `The storefront (${instance.name})`,
    isDead: () => dead,
    logFile,
  })
}
