import { existsSync } from "node:fs"
import path from "node:path"
import { PORTAL_BUILD_DIR, PORTAL_DIR, ROOT } from "./config"
import { run, type Supervisor } from "./processes"
import { hashSources, readStamp, writeStamp } from "./stamps"

const VITE_BIN = path.join(ROOT, "node_modules", ".bin", "vite")
const BUILD_STAMP = path.join(PORTAL_BUILD_DIR, ".bozor-build")

/**
 * `vite build` of the partner portal when its sources changed since the last build. The backend serves the
 * result at /portal; it reads the trade vocabularies and the listing rules it shares with the backend from
 * backend/src/modules, so those count as its sources too.
 */
export async function buildPortal(supervisor: Supervisor): Promise<boolean> {
  const hash = hashSources([
    ...["src", "index.html", "package.json", "vite.config.ts", "tailwind.config.cjs", "postcss.config.cjs", "tsconfig.json"].map((name) =>
      path.join(PORTAL_DIR, name),
    ),
    path.join(ROOT, "backend", "src", "modules", "trade"),
    path.join(ROOT, "backend", "src", "modules", "listing"),
    path.join(ROOT, "package-lock.json"),
  ])
  if (readStamp(BUILD_STAMP) === hash && existsSync(path.join(PORTAL_BUILD_DIR, "index.html"))) return false
  await run(VITE_BIN, ["build"], {
    cwd: PORTAL_DIR,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: "production" },
    logFile: path.join(supervisor.logDir, "portal-build.log"),
  })
  writeStamp(BUILD_STAMP, hash)
  return true
}
