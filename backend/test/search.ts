import { spawn } from "node:child_process"
import { openSync, readFileSync, readlinkSync } from "node:fs"
import path from "node:path"
import { writePidFile } from "../../scripts/lib/processes"
import { sql, testStack } from "./helpers"

/** POST /store/search for products, as the storefront calls it. */
export interface SearchBody {
  entity?: string
  q?: string
  filters?: Record<string, unknown>
  pagination?: { skip?: number; take?: number; order?: Record<string, "ASC" | "DESC"> }
  search_options?: Record<string, unknown>
  fields?: string[]
}

export async function searchRaw(body: SearchBody): Promise<{ status: number; json: any }> {
  const stack = testStack()
  const { q, entity = "product", filters, ...rest } = body
  const res = await fetch(`${stack.backendUrl}/store/search`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-publishable-api-key": stack.publishableKey },
    body: JSON.stringify({ entity, filters: { ...(q !== undefined ? { q } : {}), ...(filters ?? {}) }, ...rest }),
  })
  return { status: res.status, json: await res.json().catch(() => null) }
}

export async function searchProducts(body: SearchBody) {
  const { status, json } = await searchRaw(body)
  if (status !== 200) throw new Error(`search ${JSON.stringify(body)} answered ${status}: ${JSON.stringify(json)}`)
  return json.results[0] as {
    hits: { id: string; document: any; highlights?: Record<string, string[]> }[]
    facets?: Record<string, any>
    metadata: any
  }
}

export const handles = async (body: SearchBody) => (await searchProducts(body)).hits.map((h) => h.document.handle as string)

/** Waits until `check` holds for the search results (indexing is asynchronous), or fails with what was last seen. */
export async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  let last: T
  do {
    last = await read()
    if (check(last)) return last
    await new Promise((r) => setTimeout(r, 200))
  } while (Date.now() < deadline)
  throw new Error(`condition not met within ${timeoutMs} ms; last value: ${JSON.stringify(last!).slice(0, 500)}`)
}

/**
 * Index writes the search engine missed so far (the search-catch-up module's count): a write that failed while
 * Meilisearch was down has been handled once this grew.
 */
export async function missedSearchWrites(): Promise<number> {
  const [row] = await sql<{ missed_writes: number }>(
    "select missed_writes from search_catch_up where id = 'meilisearch' and deleted_at is null",
  )
  return Number(row?.missed_writes ?? 0)
}

/**
 * The Meilisearch process of the test stack: its pid and how it was started (arguments, folder and environment,
 * which holds its master key), to kill and restart it.
 */
function meilisearchProcess() {
  const runDir = path.join(testStack().dataDir, "run")
  const pid = Number(readFileSync(path.join(runDir, "meilisearch.pid"), "utf8").split("\n")[0])
  const argv = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean)
  const cwd = readlinkSync(`/proc/${pid}/cwd`)
  const env = Object.fromEntries(
    readFileSync(`/proc/${pid}/environ`, "utf8")
      .split("\0")
      .filter(Boolean)
      .map((v) => [v.slice(0, v.indexOf("=")), v.slice(v.indexOf("=") + 1)]),
  )
  return { pid, argv, runDir, cwd, env }
}

/** Kills the stack's Meilisearch (as a crash would); returns how to start it again, on the same data. */
export function killMeilisearch() {
  const meili = meilisearchProcess()
  process.kill(meili.pid, "SIGKILL")
  return {
    restart() {
      const log = openSync(path.join(meili.runDir, "..", "logs", "meilisearch.log"), "a")
      // Its master key is in its environment, not on its command line.
      const child = spawn(meili.argv[0], meili.argv.slice(1), {
        cwd: meili.cwd,
        env: meili.env,
        detached: true,
        stdio: ["ignore", log, log],
      })
      child.unref()
      // Recorded as the launcher records it, so that stopping the stack stops this one too.
      writePidFile(path.join(meili.runDir, "meilisearch.pid"), child.pid!)
    },
  }
}
