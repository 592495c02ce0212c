/**
 * `npm start`: the whole shop on one machine with embedded defaults —
 * PostgreSQL, Meilisearch, Medusa (server + worker + admin) and the storefront —
 * each yielding to configuration (DATABASE_URL, MEILISEARCH_HOST, REDIS_URL...).
 */
import { backendUrl, configFromEnv, ConfigError, storefrontUrl } from "./lib/config"
import { StartupError } from "./lib/processes"
import { startStack } from "./lib/stack"
import { DEMO_LOGINS } from "../seed/src/demo-logins"
import { bold, cyan, dim, fail, red } from "./lib/ui"

async function main() {
  const started = Date.now()
  console.log(`\n${bold("Bozor · 丝路巴扎")} ${dim("— Uzbek goods for China")}\n`)
  let config
  try {
    config = configFromEnv()
  } catch (e) {
    if (e instanceof ConfigError) throw new StartupError(e.message)
    throw e
  }
  const stack = await startStack(config, { storefront: true })
  stack.supervisor.onUnexpectedExit = (name, code, logFile) => {
    console.error(`\n${red(bold(`${name} stopped unexpectedly`))} (exit ${code}). See ${logFile}`)
    void stack.supervisor.stopAll().finally(() => process.exit(1))
  }

  const shop = storefrontUrl(config)
  const api = backendUrl(config)
  console.log(`
${bold(`Ready in ${((Date.now() - started) / 1000).toFixed(1)} s`)}

  Shop (中文)        ${cyan(`${shop}/zh-CN`)}
  Shop (English)     ${cyan(`${shop}/en`)}
  Admin (consulate)  ${cyan(`${api}/app`)}
  Store API          ${cyan(`${api}/store`)}  ${dim(`publishable key ${stack.publishableKey}`)}

  Demo logins
    Admin (consulate staff)  ${DEMO_LOGINS.admin.email} / ${DEMO_LOGINS.admin.password}
    Customer                 ${DEMO_LOGINS.customer.email} / ${DEMO_LOGINS.customer.password}

  Data in ${dim(config.dataDir)} · logs in ${dim(stack.supervisor.logDir)}
  Press Ctrl-C to stop everything.
`)
}

main().catch(fail)
