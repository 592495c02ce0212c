import path from "node:path"
import { startBackend } from "./backend"
import { ConfigError, ROOT, backendUrl, storefrontUrl, type StackConfig } from "./config"
import { waitForHttp } from "./net"
import { run, type Supervisor } from "./processes"
import { startEmbeddedRedis, waitForRedis } from "./redis"
import type { Topology } from "./stack"
import { startStorefront } from "./storefront"
import { step } from "./ui"

const HAPROXY = "/usr/sbin/haproxy"
export const HAPROXY_CFG = path.join(ROOT, "deploy", "haproxy.cfg")

/**
 * Where the cluster's processes listen. The public ports stay the stack's (PORT, STOREFRONT_PORT): the balancers
 * take them, so every URL the shop prints, stores and sends (CORS, the backend's STOREFRONT_URL, the storefront's
 * MEDUSA_BACKEND_URL) names a balancer, never one instance.
 */
export interface ClusterPorts {
  /** The embedded redis-server's (unused with REDIS_URL). */
  redis: number
  /** The two Medusa servers behind the API balancer (deploy/haproxy.cfg lists two). */
  servers: [number, number]
  /** The worker's: it takes no traffic, but Medusa listens anyway (its /health). */
  worker: number
  storefronts: [number, number]
  /** HAProxy's status page. */
  stats: number
}

function portPair(value: string | undefined, fallback: [number, number], name: string): [number, number] {
  if (!value) return fallback
  const ports = value.split(",").map((p) => Number(p.trim()))
  if (ports.length !== 2 || ports.some((p) => !Number.isInteger(p) || p < 1 || p > 65535)) {
    throw new ConfigError(
      `${name} must be two port numbers separated by a comma (deploy/haproxy.cfg balances two instances), got "${value}".`,
    )
  }
  return ports as [number, number]
}

function onePort(value: string | undefined, fallback: number, name: string): number {
  if (!value) return fallback
  const port = Number(value)
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new ConfigError(`${name} must be a port number between 1 and 65535, got "${value}".`)
  return port
}

export function clusterPorts(env: NodeJS.ProcessEnv): ClusterPorts {
  return {
    redis: onePort(env.REDIS_PORT, 6379, "REDIS_PORT"),
    servers: portPair(env.CLUSTER_SERVER_PORTS, [9601, 9602], "CLUSTER_SERVER_PORTS"),
    worker: onePort(env.CLUSTER_WORKER_PORT, 9603, "CLUSTER_WORKER_PORT"),
    storefronts: portPair(env.CLUSTER_STOREFRONT_PORTS, [8601, 8602], "CLUSTER_STOREFRONT_PORTS"),
    stats: onePort(env.LB_STATS_PORT, 9604, "LB_STATS_PORT"),
  }
}

/** HAProxy's environment: what deploy/haproxy.cfg reads, from the ports the cluster uses. */
export function haproxyEnv(config: StackConfig, ports: ClusterPorts): NodeJS.ProcessEnv {
  return {
    PATH: config.env.PATH,
    BOZOR_API_BIND: `:${config.ports.backend}`,
    BOZOR_MEDUSA_SERVER_1: `127.0.0.1:${ports.servers[0]}`,
    BOZOR_MEDUSA_SERVER_2: `127.0.0.1:${ports.servers[1]}`,
    BOZOR_SHOP_BIND: `:${config.ports.storefront}`,
    BOZOR_STOREFRONT_1: `127.0.0.1:${ports.storefronts[0]}`,
    BOZOR_STOREFRONT_2: `127.0.0.1:${ports.storefronts[1]}`,
    BOZOR_LB_STATS_BIND: `127.0.0.1:${ports.stats}`,
  }
}

/** Checks deploy/haproxy.cfg, then runs HAProxy in the foreground (the supervisor stops it with the rest). */
async function startBalancers(config: StackConfig, ports: ClusterPorts, supervisor: Supervisor) {
  const env = haproxyEnv(config, ports)
  await run(HAPROXY, ["-c", "-q", "-f", HAPROXY_CFG], { cwd: ROOT, env, logFile: path.join(supervisor.logDir, "haproxy.log") })
  const { child, logFile } = supervisor.spawn("haproxy", HAPROXY, ["-db", "-f", HAPROXY_CFG], { cwd: ROOT, env })
  let dead = false
  child.on("exit", () => (dead = true))
  // Ready through the balancer: at least one server passed HAProxy's /health/ready check.
  await waitForHttp(`${backendUrl(config)}/health/ready`, {
    timeoutMs: 60_000,
    what: "The API balancer (HAProxy)",
    isDead: () => dead,
    logFile,
  })
}

/**
 * `npm start -- --cluster`: Redis, two Medusa servers and a worker on it, two storefront instances, and HAProxy in
 * front of each tier (deploy/haproxy.cfg), around the same PostgreSQL and Meilisearch as `npm start`. The stack's
 * configuration comes back on Redis (REDIS_URL, or the embedded one at REDIS_PORT); REDIS_URL goes into its
 * configuring environment too, where the storefront's environment takes it from (its shared cache).
 */
export function cluster(stack: StackConfig, ports: ClusterPorts): { config: StackConfig; topology: Topology } {
  const embeddedRedis = !stack.redisUrl
  const redisUrl = stack.redisUrl ?? `redis://127.0.0.1:${ports.redis}`
  const config: StackConfig = { ...stack, redisUrl, env: { ...stack.env, REDIS_URL: redisUrl } }
  const topology: Topology = {
    ports: [
      ...(embeddedRedis ? [{ port: ports.redis, what: "the embedded Redis", variable: "REDIS_PORT" }] : []),
      ...ports.servers.map((port, i) => ({ port, what: `Medusa server ${i + 1}`, variable: "CLUSTER_SERVER_PORTS" })),
      { port: ports.worker, what: "the Medusa worker", variable: "CLUSTER_WORKER_PORT" },
      ...ports.storefronts.map((port, i) => ({ port, what: `storefront ${i + 1}`, variable: "CLUSTER_STOREFRONT_PORTS" })),
      { port: ports.stats, what: "HAProxy's status page", variable: "LB_STATS_PORT" },
    ],
    startServices: async (supervisor) => {
      if (embeddedRedis) await step("Redis (embedded redis-server)", () => startEmbeddedRedis(config.dataDir, ports.redis, supervisor))
      else await step("Redis (REDIS_URL)", () => waitForRedis(redisUrl, 10_000))
    },
    startBackend: async (rt, supervisor) => {
      await step("Starting 2 Medusa servers and a worker", () =>
        Promise.all([
          startBackend(rt, supervisor, { name: "medusa-worker", port: ports.worker, mode: "worker" }),
          ...ports.servers.map((port, i) => startBackend(rt, supervisor, { name: `medusa-server-${i + 1}`, port, mode: "server" })),
        ]),
      )
      await step("Load balancers (HAProxy)", () => startBalancers(config, ports, supervisor))
    },
    startStorefront: async (rt, supervisor) => {
      await step("Starting 2 storefront instances", () =>
        Promise.all(ports.storefronts.map((port, i) => startStorefront(rt, supervisor, { name: `storefront-${i + 1}`, port }))),
      )
      await waitForHttp(`${storefrontUrl(config)}/zh-CN`, { timeoutMs: 30_000, what: "The shop balancer (HAProxy)" })
    },
  }
  return { config, topology }
}
