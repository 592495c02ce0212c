import { existsSync, mkdirSync } from "node:fs"
import path from "node:path"
import { BACKEND_DIR, PORTAL_BUILD_DIR, ROOT, backendUrl, storefrontUrl, type StackConfig } from "./config"
import type { SearchEndpoint } from "./meilisearch"
import { waitForHttp } from "./net"
import { queryValue } from "./postgres"
import { run, serverNodeOptions, type Supervisor } from "./processes"
import { hashSources, readStamp, writeStamp } from "./stamps"
import { PUBLISHABLE_KEY_TITLE, SEED_FINISHED } from "../../seed/src/names"

export const MEDUSA_BIN = path.join(ROOT, "node_modules", ".bin", "medusa")
const BUILD_DIR = path.join(BACKEND_DIR, ".medusa", "server")

export interface BackendRuntime {
  config: StackConfig
  databaseUrl: string
  search: SearchEndpoint
}

/**
 * What Medusa takes from the configuring environment (StackConfig.env) as it is: services (S3, Stripe, SMTP, Redis),
 * Medusa's own switches, the accounts the seed creates, what operators see (metrics token, OpenTelemetry exporter,
 * log level), and what any process needs (PATH, HOME, locale, time zone).
 */
const PASSTHROUGH =
  /^(S3_|STRIPE_|PAYMENT_|MEDUSA_|REDIS_|OTEL_|SMTP_URL$|MAIL_FROM$|COOKIE_SECURE$|CUSTOMS_PREVIOUS_KEYS$|METRICS_TOKEN$|LOG_LEVEL$|BOZOR_ADMIN_(EMAIL|PASSWORD)$|NODE_ENV$|PATH$|HOME$|LANG$|TZ$)/

/** The environment every Medusa command of this stack runs with: configuration in, nothing read from .env files. */
export function medusaEnv(rt: BackendRuntime, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const { config } = rt
  const { env } = config
  const passthrough = Object.fromEntries(Object.entries(env).filter(([k]) => PASSTHROUGH.test(k)))
  return {
    ...passthrough,
    DATABASE_URL: rt.databaseUrl,
    JWT_SECRET: config.secrets.jwt,
    COOKIE_SECRET: config.secrets.cookie,
    MEILISEARCH_HOST: rt.search.host,
    MEILISEARCH_API_KEY: rt.search.apiKey ?? "",
    ...(config.redisUrl ? { REDIS_URL: config.redisUrl } : {}),
    PORT: String(config.ports.backend),
    MEDUSA_BACKEND_URL: env.MEDUSA_BACKEND_URL || backendUrl(config),
    STORE_CORS: env.STORE_CORS || storefrontUrl(config),
    ADMIN_CORS: env.ADMIN_CORS || backendUrl(config),
    AUTH_CORS: env.AUTH_CORS || `${storefrontUrl(config)},${backendUrl(config)}`,
    MEDUSA_UPLOAD_DIR: path.join(config.dataDir, "static"),
    STOREFRONT_URL: storefrontUrl(config),
    REVALIDATE_SECRET: config.secrets.revalidate,
    CUSTOMS_ENCRYPTION_KEY: config.secrets.customsKey,
    BOZOR_MAIL_OUTBOX: path.join(config.dataDir, "outbox"),
    BOZOR_PORTAL_DIR: PORTAL_BUILD_DIR,
    MEDUSA_DISABLE_TELEMETRY: "true",
    NODE_OPTIONS: serverNodeOptions(env.NODE_OPTIONS),
    ...extra,
  }
}

const logFile = (supervisor: Supervisor, name: string) => path.join(supervisor.logDir, `${name}.log`)

/**
 * Migrations run when what shapes the schema (module migrations, links, the
 * config's module list, Medusa's own versions) or a data migration script
 * changed since the database was last migrated.
 */
export async function migrate(rt: BackendRuntime, supervisor: Supervisor, force = false): Promise<boolean> {
  const stampFile = path.join(rt.config.dataDir, "migrated.stamp")
  const hash = `${hashSources([
    path.join(BACKEND_DIR, "src", "modules"),
    path.join(BACKEND_DIR, "src", "links"),
    path.join(BACKEND_DIR, "src", "migration-scripts"),
    path.join(BACKEND_DIR, "medusa-config.ts"),
    path.join(ROOT, "package-lock.json"),
  ])}@${rt.databaseUrl}`
  if (!force && readStamp(stampFile) === hash) return false
  await run(MEDUSA_BIN, ["db:migrate"], { cwd: BACKEND_DIR, env: medusaEnv(rt), logFile: logFile(supervisor, "migrate") })
  writeStamp(stampFile, hash)
  return true
}

/**
 * Where this database stands with the catalog seed, by the seed's ledger (seed/src/load/ledger.ts):
 * `finished` (a seed ran to its end), `unfinished` (one was cut short: it resumes), `empty` (nothing seeded and no
 * product or staff user: the first start seeds it), or `not-seeded` (data the seed did not make, such as a database
 * seeded before the ledger existed: left alone; `npm run seed` adds what is missing).
 */
export async function seedState(databaseUrl: string): Promise<"finished" | "unfinished" | "empty" | "not-seeded"> {
  const state = await queryValue<string>(
    databaseUrl,
    `select case
       when exists (select 1 from seed_record where id = $1) then 'finished'
       when exists (select 1 from seed_record) then 'unfinished'
       when exists (select 1 from product) or exists (select 1 from "user") then 'not-seeded'
       else 'empty' end`,
    [SEED_FINISHED],
  )
  return (state ?? "empty") as Awaited<ReturnType<typeof seedState>>
}

/**
 * Which of these accounts exist: the operator among staff users, the customer among customers with an account, the
 * exporter among exporters' people and the consulate's staff member among the consulate's staff, each with a sign-in
 * that names them.
 */
export async function accountsPresent(
  databaseUrl: string,
  emails: { admin: string; customer: string; exporter: string; consulate: string },
) {
  const [admin, customer, exporter, consulate] = await Promise.all([
    queryValue<string>(databaseUrl, `select id from "user" where email = $1 and deleted_at is null limit 1`, [emails.admin]),
    queryValue<string>(databaseUrl, "select id from customer where email = $1 and has_account and deleted_at is null limit 1", [
      emails.customer,
    ]),
    queryValue<string>(
      databaseUrl,
      `select ea.id from exporter_admin ea
       join provider_identity pi on pi.entity_id = ea.email and pi.provider = 'emailpass' and pi.deleted_at is null
       join auth_identity ai on ai.id = pi.auth_identity_id and ai.app_metadata->>'exporter_id' = ea.id
       where ea.email = $1 and ea.deleted_at is null limit 1`,
      [emails.exporter],
    ),
    queryValue<string>(
      databaseUrl,
      `select cs.id from consulate_staff cs
       join provider_identity pi on pi.entity_id = cs.email and pi.provider = 'emailpass' and pi.deleted_at is null
       join auth_identity ai on ai.id = pi.auth_identity_id and ai.app_metadata->>'consulate_id' = cs.id
       where cs.email = $1 and cs.deleted_at is null limit 1`,
      [emails.consulate],
    ),
  ])
  return { admin: Boolean(admin), customer: Boolean(customer), exporter: Boolean(exporter), consulate: Boolean(consulate) }
}

export async function publishableKey(databaseUrl: string): Promise<string | undefined> {
  return queryValue<string>(
    databaseUrl,
    "select token from api_key where type = 'publishable' and title = $1 and revoked_at is null and deleted_at is null order by created_at limit 1",
    [PUBLISHABLE_KEY_TITLE],
  )
}

/** Loads the catalog through Medusa's workflows (seed/src/load.ts): creates what it never created, resumes a seed cut short. */
export async function seed(rt: BackendRuntime, supervisor: Supervisor, args: string[] = [], onLine?: (line: string) => void) {
  await run(MEDUSA_BIN, ["exec", "../seed/src/load.ts", ...args], {
    cwd: BACKEND_DIR,
    env: medusaEnv(rt),
    logFile: logFile(supervisor, "seed"),
    onLine,
  })
}

/** Builds server and admin into backend/.medusa/server when the sources changed since the last build. */
export async function buildBackend(supervisor: Supervisor, rt: BackendRuntime): Promise<boolean> {
  const stampFile = path.join(BUILD_DIR, ".bozor-build")
  const hash = hashSources([
    path.join(BACKEND_DIR, "src"),
    path.join(BACKEND_DIR, "medusa-config.ts"),
    path.join(BACKEND_DIR, "package.json"),
    path.join(BACKEND_DIR, "tsconfig.json"),
    path.join(ROOT, "package-lock.json"),
  ])
  if (readStamp(stampFile) === hash && existsSync(path.join(BUILD_DIR, "medusa-config.js"))) return false
  await run(MEDUSA_BIN, ["build"], { cwd: BACKEND_DIR, env: medusaEnv(rt), logFile: logFile(supervisor, "backend-build") })
  writeStamp(stampFile, hash)
  return true
}

/** One Medusa process: its name (log and pid file), port and role (MEDUSA_WORKER_MODE; the environment's when unset). */
export interface BackendInstance {
  name: string
  port: number
  mode?: "server" | "worker"
}

/** Starts the built backend (server and worker in one process unless MEDUSA_WORKER_MODE or `instance.mode` say otherwise). */
export async function startBackend(
  rt: BackendRuntime,
  supervisor: Supervisor,
  instance: BackendInstance = { name: "backend", port: rt.config.ports.backend },
) {
  mkdirSync(path.join(rt.config.dataDir, "static"), { recursive: true })
  const { child, logFile } = supervisor.spawn(instance.name, MEDUSA_BIN, ["start"], {
    cwd: BUILD_DIR,
    env: medusaEnv(rt, {
      NODE_ENV: "production",
      PORT: String(instance.port),
      ...(instance.mode ? { MEDUSA_WORKER_MODE: instance.mode } : {}),
    }),
  })
  let dead = false
  child.on("exit", () => (dead = true))
  await waitForHttp(`http://localhost:${instance.port}/health`, {
    timeoutMs: 120_000,
    what: `Medusa (${instance.name})`,
    isDead: () => dead,
    logFile,
  })
}
