/**
 * The shop the load benchmarks run against: `npm start`, or `npm start -- --cluster`, on a data folder and ports of
 * their own (so they run beside `npm start`), one topology after the other on the same data.
 */
import { spawn, type ChildProcess } from "node:child_process"
import { readFileSync } from "node:fs"
import path from "node:path"

const ROOT = path.resolve(__dirname, "..")
export const DATA = path.join(ROOT, ".data/bench-load")
/** Both topologies take the same public ports (the cluster's balancers take them), one after the other. */
export const PORTS = {
  POSTGRES_PORT: "5497",
  MEILISEARCH_PORT: "7717",
  PORT: "9620",
  STOREFRONT_PORT: "8620",
  REDIS_PORT: "6320",
  CLUSTER_SERVER_PORTS: "9621,9622",
  CLUSTER_WORKER_PORT: "9623",
  CLUSTER_STOREFRONT_PORTS: "8621,8622",
  LB_STATS_PORT: "9624",
}
export const SHOP = `http://localhost:${PORTS.STOREFRONT_PORT}`
export const API = `http://localhost:${PORTS.PORT}`

export interface RunningShop {
  child: ChildProcess
  publishableKey: string
  /** What the launcher printed, for a failure's message. */
  output: () => string
}

/** Starts the launcher and resolves once it prints that the shop is ready, with the publishable key it printed. */
export function startShop(cluster: boolean, extraEnv: NodeJS.ProcessEnv = {}): Promise<RunningShop> {
  const env = { ...process.env, ...PORTS, BOZOR_DATA_DIR: DATA, DATABASE_URL: "", MEILISEARCH_HOST: "", REDIS_URL: "", ...extraEnv }
  const child = spawn("node", ["--import", "tsx", "scripts/start.ts", ...(cluster ? ["--cluster"] : [])], {
    cwd: ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  })
  let out = ""
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the shop did not start within 20 minutes:\n${out.slice(-2000)}`)), 20 * 60_000)
    child.stdout!.on("data", (d) => {
      out += d
      const key = out.match(/publishable key (pk_[0-9a-f]+)/)?.[1]
      if (/Ready in/.test(out) && key) {
        clearTimeout(timer)
        resolve({ child, publishableKey: key, output: () => out })
      }
    })
    child.stderr!.on("data", (d) => (out += d))
    child.once("exit", (code) => (clearTimeout(timer), reject(new Error(`the launcher exited ${code}:\n${out.slice(-2000)}`))))
  })
}

/** The running launcher's PostgreSQL URL, as it records it for commands that borrow its services. */
export function databaseUrl(): string {
  return JSON.parse(readFileSync(path.join(DATA, "run", "services.json"), "utf8")).databaseUrl
}
