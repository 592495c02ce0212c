import type { ChildProcess } from "node:child_process"
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import http from "node:http"
import os from "node:os"
import path from "node:path"
import { gunzipSync } from "node:zlib"

export const RESULTS_DIR = path.join(__dirname, "results")

/** Saves a benchmark's figures with what they were measured on, and prints where. */
/**
 * Saves a benchmark's figures as bench/results/<name>.json, replacing the last run's: the tree holds the latest
 * figures per benchmark and catalog size, and git holds their history (`git log -p bench/results/<name>.json`).
 */
export function saveResults(name: string, figures: Record<string, unknown>) {
  mkdirSync(RESULTS_DIR, { recursive: true })
  const file = path.join(RESULTS_DIR, `${name}.json`)
  const machine = {
    cpus: os.cpus().length,
    cpu: os.cpus()[0]?.model,
    memory_gib: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
  }
  writeFileSync(file, JSON.stringify({ benchmark: name, measured_at: new Date().toISOString(), machine, ...figures }, null, 2) + "\n")
  console.log(`\nSaved ${path.relative(process.cwd(), file)}`)
}

function children(pid: number): number[] {
  const out: number[] = []
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8")
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1])
      if (ppid === pid) out.push(Number(entry))
    } catch {
      /* exited meanwhile */
    }
  }
  return out
}

/** Memory of a process and all its descendants: RSS (over-counts shared pages) and PSS (shares them out). */
export function treeMemory(root: number): { rss_mb: number; pss_mb: number; processes: number } {
  const pids: number[] = []
  const queue = [root]
  while (queue.length) {
    const pid = queue.pop()!
    pids.push(pid)
    queue.push(...children(pid))
  }
  let rss = 0
  let pss = 0
  for (const pid of pids) {
    try {
      const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, "utf8")
      rss += Number(/^Rss:\s+(\d+)/m.exec(rollup)?.[1] ?? 0)
      pss += Number(/^Pss:\s+(\d+)/m.exec(rollup)?.[1] ?? 0)
    } catch {
      /* exited meanwhile */
    }
  }
  return { rss_mb: Math.round(rss / 1024), pss_mb: Math.round(pss / 1024), processes: pids.length }
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[i]
}

/** Stops a server a benchmark started and waits for it (SIGTERM: an `npm start` launcher stops its whole stack with it). */
export const stopChild = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    // A child that already exited (e.g. its port was taken) sends no further exit event.
    if (child.exitCode !== null || child.signalCode !== null) return resolve()
    child.removeAllListeners("exit")
    child.once("exit", () => resolve())
    child.kill("SIGTERM")
  })

/**
 * The CPU slowdown that makes Lighthouse emulate its mid-tier phone on this host. Lighthouse's default of 4× assumes a
 * high-end desktop (BenchmarkIndex about 1,500); on a slower host, 4× emulates a slower phone than intended. Its docs
 * ("Calibrating the CPU slowdown", docs/throttling.md) map the BenchmarkIndex it measures to a multiplier: 1× at 150,
 * 2× at 800, 3× at 1,300, then one more per 233. Below 150 no multiplier emulates the target: undefined.
 */
export function calibratedCpuSlowdown(benchmarkIndex: number): number | undefined {
  if (!Number.isFinite(benchmarkIndex) || benchmarkIndex < 150) return undefined
  if (benchmarkIndex < 800) return 1 + (benchmarkIndex - 150) / 650
  if (benchmarkIndex < 1300) return 2 + (benchmarkIndex - 800) / 500
  return 3 + (benchmarkIndex - 1300) / 233
}

/** A shared note for results measured while other work ran on the same host (figures are upper bounds). */
export const SHARED_HOST_NOTE =
  "measured on a shared, loaded 2-core machine (other sessions' test stacks ran at the same time): figures are upper bounds"

/** The milliseconds of a list of samples as p50/p95/p99 (rounded to 0.1 ms), with how many there were. */
export function summary(samples: number[]): { n: number; p50_ms: number; p95_ms: number; p99_ms: number; max_ms: number } {
  const sorted = [...samples].sort((a, b) => a - b)
  const r = (v: number) => Math.round(v * 10) / 10
  return {
    n: sorted.length,
    p50_ms: r(percentile(sorted, 50)),
    p95_ms: r(percentile(sorted, 95)),
    p99_ms: r(percentile(sorted, 99)),
    max_ms: r(sorted[sorted.length - 1] ?? NaN),
  }
}

/**
 * A storefront page as a guest's browser gets it (gzip accepted, as bench/storefront.ts asks): time to first byte, to
 * the last byte, whether the page cache served it (x-nextjs-cache), and its decoded body.
 */
export function getPage(
  url: string,
  agent?: http.Agent,
): Promise<{ ttfb: number; complete: number; cache: string | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now()
    const req = http.get(url, { agent, headers: { "accept-encoding": "gzip" } }, (res) => {
      const ttfb = performance.now() - t0
      const chunks: Buffer[] = []
      res.on("data", (c: Buffer) => chunks.push(c))
      res.on("end", () => {
        if (res.statusCode !== 200) return reject(new Error(`${url}: ${res.statusCode}`))
        const header = res.headers["x-nextjs-cache"]
        resolve({
          ttfb,
          complete: performance.now() - t0,
          cache: Array.isArray(header) ? header[0] : header,
          body: decode(Buffer.concat(chunks), res.headers["content-encoding"]),
        })
      })
    })
    req.on("error", reject)
  })
}

const decode = (bytes: Buffer, encoding: string | undefined) => (encoding === "gzip" ? gunzipSync(bytes) : bytes).toString("utf8")
