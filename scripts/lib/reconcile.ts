import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import type { ReconcileResult } from "../../backend/src/search/lib/reconcile-report"
import { medusaExec, withServices } from "./exec"

export type { ReconcileResult }

/**
 * Compares the product search index with the database (backend/src/scripts/reconcile.ts, inside Medusa) and, with
 * `repair`, writes what drifted again and checks once more. Uses the running shop of `env`'s data folder
 * (BOZOR_DATA_DIR) when it is up, otherwise starts the embedded services for the occasion. Medusa's output goes to
 * stderr; the result comes back through a file.
 */
export async function reconcileSearchIndex(options: { repair?: boolean; env?: NodeJS.ProcessEnv } = {}): Promise<ReconcileResult> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "bozor-reconcile-"))
  const out = path.join(dir, "result.json")
  try {
    const args = [`out=${out}`, ...(options.repair ? ["repair"] : [])]
    await withServices((rt) => medusaExec(rt, "./src/scripts/reconcile.ts", args, {}, { outputToStderr: true }), options.env)
    return JSON.parse(readFileSync(out, "utf8")) as ReconcileResult
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
