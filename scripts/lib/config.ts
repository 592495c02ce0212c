import { randomBytes } from "node:crypto"
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import path from "node:path"

export const ROOT = path.resolve(__dirname, "../..")
export const BACKEND_DIR = path.join(ROOT, "backend")
export const STOREFRONT_DIR = path.join(ROOT, "storefront")
export const PORTAL_DIR = path.join(ROOT, "portal")
/** Where the partner portal's build goes; the backend serves it at /portal (BOZOR_PORTAL_DIR). */
export const PORTAL_BUILD_DIR = path.join(PORTAL_DIR, "dist")

/** Everything one running shop needs to know: where its data lives and which ports it uses. */
export interface StackConfig {
  dataDir: string
  ports: { postgres: number; meilisearch: number; backend: number; storefront: number }
  /** Set when PostgreSQL is external; otherwise the embedded server is started. */
  databaseUrl?: string
  /** Set when Meilisearch is external; otherwise the bundled binary is started. */
  meilisearch?: { host: string; apiKey?: string }
  redisUrl?: string
  secrets: Secrets
  /**
   * The environment this stack takes the rest of its configuration from (S3, Stripe, SMTP, public URLs...):
   * the shell's for `npm start`, and only what the test runner gives it for the test stack.
   */
  env: NodeJS.ProcessEnv
}

export interface Secrets {
  jwt: string
  cookie: string
  meilisearchMasterKey: string
  revalidate: string
  /** AES-256-GCM key for customs ID numbers (64 hex characters). */
  customsKey: string
}

const port = (value: string | undefined, fallback: number, name: string): number => {
  if (value === undefined || value === "") return fallback
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1 || n > 65535) {
    throw new ConfigError(`${name} must be a port number between 1 and 65535, got "${value}".`)
  }
  return n
}

export class ConfigError extends Error {}

const SECRET_VARIABLES: Record<keyof Secrets, string> = {
  jwt: "JWT_SECRET",
  cookie: "COOKIE_SECRET",
  meilisearchMasterKey: "MEILISEARCH_MASTER_KEY",
  revalidate: "REVALIDATE_SECRET",
  customsKey: "CUSTOMS_ENCRYPTION_KEY",
}

/**
 * Secrets for a local run are generated once and kept with the data, so a
 * second start reuses sessions, the search key and the customs key. A secret
 * given in the environment is used and never written: the file keeps only what
 * was generated, so a key set for one run cannot replace the stored one.
 */
export function loadSecrets(dataDir: string, env = process.env): Secrets {
  const file = path.join(dataDir, "secrets.json")
  const stored: Partial<Secrets> = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {}
  const generated: Partial<Secrets> = {}
  const secrets = {} as Secrets
  for (const [name, variable] of Object.entries(SECRET_VARIABLES) as [keyof Secrets, string][]) {
    const given = env[variable] || stored[name]
    if (given) {
      secrets[name] = given
    } else {
      secrets[name] = name === "customsKey" ? randomBytes(32).toString("hex") : randomBytes(24).toString("base64url")
      generated[name] = secrets[name]
    }
  }
  if (generated.customsKey) {
    console.warn(
      `! No CUSTOMS_ENCRYPTION_KEY set: generated one and kept it in ${file}. ID numbers are encrypted with it; ` +
        "back it up with the data, and set CUSTOMS_ENCRYPTION_KEY from a secret store in production.",
    )
  }
  if (Object.keys(generated).length) {
    mkdirSync(dataDir, { recursive: true })
    writeFileSync(file, JSON.stringify({ ...stored, ...generated }, null, 2) + "\n", { mode: 0o600 })
  }
  return secrets
}

export function configFromEnv(env = process.env): StackConfig {
  const dataDir = shopDataDir(env)
  return {
    dataDir,
    ports: {
      postgres: port(env.POSTGRES_PORT, 5488, "POSTGRES_PORT"),
      meilisearch: port(env.MEILISEARCH_PORT, 7700, "MEILISEARCH_PORT"),
      backend: port(env.PORT, 9000, "PORT"),
      storefront: port(env.STOREFRONT_PORT, 8000, "STOREFRONT_PORT"),
    },
    databaseUrl: env.DATABASE_URL || undefined,
    meilisearch: env.MEILISEARCH_HOST ? { host: env.MEILISEARCH_HOST, apiKey: env.MEILISEARCH_API_KEY } : undefined,
    redisUrl: env.REDIS_URL || undefined,
    secrets: loadSecrets(dataDir, env),
    env,
  }
}

/** The shop's own data folder: BOZOR_DATA_DIR (relative to the repository) or `.data`; an empty value is unset. */
export const shopDataDir = (env: NodeJS.ProcessEnv, root = ROOT) => path.resolve(root, env.BOZOR_DATA_DIR || ".data")

export const embeddedDatabaseUrl = (config: StackConfig) => `postgres://postgres:postgres@localhost:${config.ports.postgres}/bozor`

export const backendUrl = (config: StackConfig) => `http://localhost:${config.ports.backend}`
export const storefrontUrl = (config: StackConfig) => `http://localhost:${config.ports.storefront}`
export const portalUrl = (config: StackConfig) => `${backendUrl(config)}/portal`
