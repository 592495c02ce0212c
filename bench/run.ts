/**
 * `npm run bench -- <name> [options]`: runs one benchmark script of this
 * folder; each prints its figures and saves them under bench/results/.
 */
const BENCHMARKS: Record<string, () => Promise<{ default: (argv: string[]) => Promise<void> }>> = {
  startup: () => import("./startup"),
  checkout: () => import("./checkout"),
  search: () => import("./search"),
  storefront: () => import("./storefront"),
  portal: () => import("./portal"),
  "portal-listings": () => import("./portal-listings"),
  "bulk-import": () => import("./bulk-import"),
  "listing-approval": () => import("./listing-approval"),
  load: () => import("./load"),
  "load-routes": () => import("./load-routes"),
  campaigns: () => import("./campaigns"),
  reports: () => import("./reports"),
}

async function main() {
  const [name, ...argv] = process.argv.slice(2)
  const load = BENCHMARKS[name]
  if (!load) {
    console.error(`Usage: npm run bench -- <${Object.keys(BENCHMARKS).join("|")}> [options]`)
    process.exit(2)
  }
  await (await load()).default(argv)
}

// Exits when the benchmark is done: a connection a benchmark borrowed from the backend's code (Redis for queue depths)
// would otherwise keep the process waiting.
main().then(
  () => process.exit(0),
  (e) => {
    console.error(e instanceof Error ? e.message : e)
    process.exit(1)
  },
)
