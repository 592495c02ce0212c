/**
 * The faults `npm run bench -- load` injects into the cluster while the mix runs, one at a time: what each does, and
 * how to tell that the part is back. The launcher's supervisor starts what stopped again (as systemd or an
 * orchestrator would); the balancers route around an instance until its health check passes.
 */
import { readFileSync } from "node:fs"
import path from "node:path"
import pg from "pg"
import { DATA, PORTS } from "./load-stack"

export interface Fault {
  name: string
  inject: () => void
  /** Whether the part is back: another process than the one the fault hit, answering its health check. */
  back: () => Promise<boolean>
}

const [server1, _server2] = PORTS.CLUSTER_SERVER_PORTS.split(",")
const [storefront1] = PORTS.CLUSTER_STOREFRONT_PORTS.split(",")

/** The pid the supervisor recorded for a process (its pid file's first line), or the postmaster's. */
function pidOf(name: string): number {
  const file = name === "postgres" ? path.join(DATA, "postgres", "postmaster.pid") : path.join(DATA, "run", `${name}.pid`)
  try {
    return Number(readFileSync(file, "utf8").split("\n")[0]) || 0
  } catch {
    return 0
  }
}

async function answers(url: string, init?: RequestInit): Promise<boolean> {
  try {
    const res = await fetch(url, { ...init, signal: AbortSignal.timeout(2000) })
    return res.ok
  } catch {
    return false
  }
}

async function postgresAnswers(): Promise<boolean> {
  const client = new pg.Client({ host: "127.0.0.1", port: Number(PORTS.POSTGRES_PORT), user: "postgres", password: "postgres" })
  try {
    await client.connect()
    await client.query("select 1")
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => undefined)
  }
}

/** Signals a process and its group (what a crash or a stop of a container hits), recording the pid it hit. */
function hit(name: string, signal: NodeJS.Signals, state: { pid: number }) {
  state.pid = pidOf(name)
  if (!state.pid) throw new Error(`no running ${name} to fault (no pid file)`)
  for (const target of [-state.pid, state.pid]) {
    try {
      process.kill(target, signal)
    } catch {
      /* not a group leader, or gone */
    }
  }
}

function fault(name: string, process: string, signal: NodeJS.Signals, health: () => Promise<boolean>): Fault {
  const state = { pid: 0 }
  return {
    name,
    inject: () => hit(process, signal, state),
    back: async () => {
      const now = pidOf(process)
      return now !== 0 && now !== state.pid && (await health())
    },
  }
}

/** The six, in its order. A restart is a clean stop (SIGTERM; PostgreSQL's fast shutdown, SIGINT), then a start. */
export function clusterFaults(): Fault[] {
  return [
    fault("kill -9 Medusa server 1", "medusa-server-1", "SIGKILL", () => answers(`http://127.0.0.1:${server1}/health/ready`)),
    fault("kill -9 the worker", "medusa-worker", "SIGKILL", () => answers(`http://127.0.0.1:${PORTS.CLUSTER_WORKER_PORT}/health`)),
    fault("restart Redis", "redis", "SIGTERM", () => answers(`http://127.0.0.1:${server1}/health/ready`)),
    fault("restart Meilisearch", "meilisearch", "SIGTERM", () => answers(`http://127.0.0.1:${PORTS.MEILISEARCH_PORT}/health`)),
    fault("restart PostgreSQL", "postgres", "SIGINT", postgresAnswers),
    fault("kill -9 storefront 1", "storefront-1", "SIGKILL", () => answers(`http://127.0.0.1:${storefront1}/robots.txt`)),
  ]
}
