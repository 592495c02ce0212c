/**
 * Start-up figures of `npm start` on this machine: first start on an empty
 * data folder (migrations, seed, and — with --clean-build — both builds),
 * second start on the same data, memory of the whole stack at idle, seed
 * time, and the synthetic-generation rate.
 *
 *   npm run bench -- startup [--clean-build] [--synthetic 1000]
 */
import { spawn, type ChildProcess } from "node:child_process"
import { rmSync } from "node:fs"
import path from "node:path"
import { saveResults, stopChild as stop, treeMemory } from "./lib"

const ROOT = path.resolve(__dirname, "..")
const DATA = ".data/bench-startup"
const ENV = { ...process.env, BOZOR_DATA_DIR: DATA, POSTGRES_PORT: "5490", MEILISEARCH_PORT: "7702", PORT: "9002", STOREFRONT_PORT: "8002" }

interface StartRun {
  ready_s: number
  steps: Record<string, number>
  child: ChildProcess
}

function start(): Promise<StartRun> {
  return new Promise((resolve, reject) => {
    const child = spawn("npm", ["start"], { cwd: ROOT, env: ENV, stdio: ["ignore", "pipe", "pipe"] })
    const steps: Record<string, number> = {}
    let out = ""
    child.stdout!.on("data", (chunk) => {
      out += chunk
      for (const m of String(chunk).matchAll(/✔ (.+?) (\d+\.\d) s/g)) steps[m[1]] = Number(m[2])
      const ready = /Ready in (\d+\.\d) s/.exec(out)
      if (ready) resolve({ ready_s: Number(ready[1]), steps, child })
    })
    child.stderr!.on("data", (chunk) => (out += chunk))
    child.on("exit", (code) => reject(new Error(`npm start exited ${code} before ready:\n${out.slice(-2000)}`)))
  })
}

function run(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn("npm", args, { cwd: ROOT, env: ENV, stdio: ["ignore", "pipe", "pipe"] })
    let out = ""
    child.stdout!.on("data", (d) => (out += d))
    child.stderr!.on("data", (d) => (out += d))
    child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(out.slice(-2000)))))
  })
}

export default async function startup(argv: string[]) {
  const cleanBuild = argv.includes("--clean-build")
  const syntheticAt = argv.indexOf("--synthetic")
  const synthetic = syntheticAt >= 0 ? Number(argv[syntheticAt + 1]) : 1000
  rmSync(path.join(ROOT, DATA), { recursive: true, force: true })
  if (cleanBuild) {
    rmSync(path.join(ROOT, "backend/.medusa"), { recursive: true, force: true })
    rmSync(path.join(ROOT, "storefront/.next"), { recursive: true, force: true })
  }

  console.log(`First start on an empty data folder${cleanBuild ? ", builds included" : ""}…`)
  const first = await start()
  console.log(`  ready in ${first.ready_s} s`)
  await new Promise((r) => setTimeout(r, 15_000))
  const memory = treeMemory(first.child.pid!)
  console.log(`  idle memory: ${memory.pss_mb} MB PSS (${memory.rss_mb} MB RSS) over ${memory.processes} processes`)

  console.log(`Adding ${synthetic} synthetic products…`)
  const seedOut = await run(["run", "seed", "--", "--synthetic", String(synthetic)])
  const rate = Number(/\(([\d.]+) products\/s\)/.exec(seedOut)?.[1])
  console.log(`  ${rate} products/s`)
  await stop(first.child)

  console.log("Second start on the same data…")
  const second = await start()
  console.log(`  ready in ${second.ready_s} s`)
  await stop(second.child)

  saveResults("startup", {
    clean_build: cleanBuild,
    first_start: { ready_s: first.ready_s, steps_s: first.steps },
    second_start: { ready_s: second.ready_s, steps_s: second.steps },
    idle_memory: memory,
    seed_s: first.steps["Seeding the catalog"],
    synthetic: { products: synthetic, products_per_s: rate },
  })
}
