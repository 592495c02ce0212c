import { writeFileSync } from "node:fs"
import type { ExecArgs } from "@medusajs/framework/types"
import { reconcileProductIndex } from "../search/lib/reconcile"

/**
 * `npm run reconcile`: compares the product search index with the database and, with `--repair`, writes what
 * drifted again through the index's own event path (search/lib/reconcile.ts). Arguments are positional (`medusa exec`
 * refuses options it does not know): `repair`, and `out=<file>`, where the result goes as JSON (scripts/reconcile.ts
 * reads it there, away from Medusa's own output); without it, to stdout.
 */
export default async function reconcile({ container, args = [] }: ExecArgs) {
  const out = args.find((a) => a.startsWith("out="))?.slice("out=".length)
  const result = await reconcileProductIndex(container, { repair: args.includes("repair") })
  if (out) writeFileSync(out, JSON.stringify(result))
  else console.log(JSON.stringify(result, null, 2))
}
