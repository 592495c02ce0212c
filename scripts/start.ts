/**
 * `npm start`: the whole shop on one machine with embedded defaults —
 * PostgreSQL, Meilisearch, Medusa (server + worker + admin) and the storefront —
 * each yielding to configuration (DATABASE_URL, MEILISEARCH_HOST, REDIS_URL...).
 *
 * `npm start -- --cluster`: the production topology on this machine — Redis, two Medusa servers and a worker, two
 * storefront instances, HAProxy in front of each tier (deploy/) — around the same data.
 */
import { parseArgs } from "node:util"
import { accountsPresent } from "./lib/backend"
import { cluster, clusterPorts, type ClusterPorts } from "./lib/cluster"
import { backendUrl, configFromEnv, ConfigError, portalUrl, storefrontUrl, type StackConfig } from "./lib/config"
import { StartupError } from "./lib/processes"
import { startStack } from "./lib/stack"
import { DEMO_LOGINS } from "../seed/src/demo-logins"
import { bold, cyan, dim, fail, red } from "./lib/ui"

/**
 * The logins to print: the operator, the demo customer, the demo exporter and the demo consulate staff member, each
 * only if it exists. A password
 * given in BOZOR_ADMIN_PASSWORD is not echoed; the demo passwords are published anyway.
 */
async function loginLines(config: StackConfig, databaseUrl: string): Promise<string[]> {
  const admin = {
    email: config.env.BOZOR_ADMIN_EMAIL || DEMO_LOGINS.admin.email,
    password: config.env.BOZOR_ADMIN_PASSWORD ? dim("(password from BOZOR_ADMIN_PASSWORD)") : DEMO_LOGINS.admin.password,
  }
  const { customer, exporter, consulate } = DEMO_LOGINS
  const present = await accountsPresent(databaseUrl, {
    admin: admin.email,
    customer: customer.email,
    exporter: exporter.email,
    consulate: consulate.email,
  })
  return [
    ...(present.admin ? [`    Admin (Bozor operators)  ${admin.email} / ${admin.password}`] : []),
    ...(present.customer ? [`    Customer (demo)          ${customer.email} / ${customer.password}`] : []),
    ...(present.exporter ? [`    Exporter (demo, portal)  ${exporter.email} / ${exporter.password}`] : []),
    ...(present.consulate ? [`    Consulate (demo, portal) ${consulate.email} / ${consulate.password}`] : []),
  ]
}

function options() {
  try {
    return parseArgs({ options: { cluster: { type: "boolean", default: false } }, strict: true }).values
  } catch (e) {
    throw new StartupError(
      (e as Error).message,
      "Use `npm start` for one process of each, or `npm start -- --cluster` for the production topology.",
    )
  }
}

/** What the cluster runs behind its balancers, for the ready message. */
function clusterLines(config: StackConfig, ports: ClusterPorts): string {
  const redis = config.env.REDIS_URL === `redis://127.0.0.1:${ports.redis}` ? `redis-server on ${ports.redis}` : "REDIS_URL"
  return `
  Behind HAProxy (deploy/haproxy.cfg; status ${cyan(`http://127.0.0.1:${ports.stats}/`)})
    Medusa servers   ${ports.servers.map((p) => `:${p}`).join(" ")}  ${dim(`worker :${ports.worker} · ${redis}`)}
    Storefronts      ${ports.storefronts.map((p) => `:${p}`).join(" ")}
`
}

async function main() {
  const started = Date.now()
  const { cluster: asCluster } = options()
  console.log(`\n${bold("Bozor · 丝路巴扎")} ${dim(asCluster ? "— Uzbek goods for China · cluster" : "— Uzbek goods for China")}\n`)
  let config: StackConfig
  let ports: ClusterPorts | undefined
  let topology
  try {
    config = configFromEnv()
    if (asCluster) {
      ports = clusterPorts(config.env)
      const clustered = cluster(config, ports)
      config = clustered.config
      topology = clustered.topology
    }
  } catch (e) {
    if (e instanceof ConfigError) throw new StartupError(e.message)
    throw e
  }
  const stack = await startStack(config, { storefront: true, portal: true, topology })
  stack.supervisor.onUnexpectedExit = (name, code, logFile) => {
    const exit = code === null ? "" : ` (exit ${code})`
    // In the cluster the balancers route around a lost instance while the supervisor starts it again, as a service
    // manager would; one process of each has nothing to route to, so it stops.
    console.error(`\n${red(bold(`${name} stopped unexpectedly`))}${exit}${ports ? ", starting it again" : ""}. See ${logFile}`)
    if (!ports) void stack.supervisor.stopAll().finally(() => process.exit(1))
  }
  stack.supervisor.restartOnExit = Boolean(ports)

  const shop = storefrontUrl(config)
  const api = backendUrl(config)
  const logins = await loginLines(config, stack.backend.databaseUrl)
  console.log(`
${bold(`Ready in ${((Date.now() - started) / 1000).toFixed(1)} s`)}

  Shop (中文)        ${cyan(`${shop}/zh-CN`)}
  Shop (English)     ${cyan(`${shop}/en`)}
  Admin (operators)  ${cyan(`${api}/app`)}
  Partner portal     ${cyan(portalUrl(config))}  ${dim("exporters and consulate: uz · ru · en · 中文")}
  Store API          ${cyan(`${api}/store`)}  ${dim(`publishable key ${stack.publishableKey}`)}
${ports ? clusterLines(config, ports) : ""}${logins.length ? `\n  Logins\n${logins.join("\n")}\n` : ""}
  Data in ${dim(config.dataDir)} · logs in ${dim(stack.supervisor.logDir)}
  Press Ctrl-C to stop everything.
`)
}

main().catch(fail)
