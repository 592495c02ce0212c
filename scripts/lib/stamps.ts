import { createHash } from "node:crypto"
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs"
import path from "node:path"

const SKIP = new Set(["node_modules", ".medusa", ".next", "static", "test-results", ".turbo", "coverage"])

function walk(dir: string, out: string[]) {
  for (const name of readdirSync(dir).sort()) {
    if (SKIP.has(name) || name.startsWith(".env")) continue
    const full = path.join(dir, name)
    const st = statSync(full)
    if (st.isDirectory()) walk(full, out)
    else out.push(full)
  }
}

/** A content hash of the sources a build depends on, so a build runs only when they changed. */
export function hashSources(entries: string[]): string {
  const files: string[] = []
  for (const entry of entries) {
    if (!existsSync(entry)) continue
    if (statSync(entry).isDirectory()) walk(entry, files)
    else files.push(entry)
  }
  const hash = createHash("sha256")
  for (const file of files) {
    hash.update(file)
    hash.update(readFileSync(file))
  }
  return hash.digest("hex").slice(0, 16)
}

export const readStamp = (file: string) => (existsSync(file) ? readFileSync(file, "utf8").trim() : undefined)
export const writeStamp = (file: string, value: string) => writeFileSync(file, value + "\n")
