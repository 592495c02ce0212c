import { mkdtempSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { afterEach, describe, expect, it, vi } from "vitest"
import { medusaEnv, type BackendRuntime } from "../../lib/backend"
import { backendUrl, configFromEnv } from "../../lib/config"
import { storefrontEnv } from "../../lib/storefront"
import { testStackEnv } from "../../lib/test-data"

/** A shell set up for production, as a developer who deploys from their laptop might have it. */
const PRODUCTION_SHELL = {
  REDIS_URL: "redis://prod-cache.internal:6379",
  S3_BUCKET: "bozor-prod-uploads",
  S3_ACCESS_KEY_ID: "AKIAPRODUCTION",
  SMTP_URL: "smtps://mailer:secret@smtp.prod.example",
  MAIL_FROM: "orders@bozor.example",
  MEDUSA_BACKEND_URL: "https://api.bozor.example",
  MEDUSA_WORKER_MODE: "worker",
  STOREFRONT_URL: "https://bozor.example",
  STORE_CORS: "https://bozor.example",
  STRIPE_API_KEY: "sk_live_production",
  STRIPE_WEBHOOK_SECRET: "whsec_production",
  STRIPE_PUBLISHABLE_KEY: "pk_live_production",
  DATABASE_URL: "postgres://prod-db.internal/bozor",
  MEILISEARCH_HOST: "https://search.bozor.example",
  JWT_SECRET: "production-jwt",
  CUSTOMS_ENCRYPTION_KEY: "c".repeat(64),
  BOZOR_ADMIN_PASSWORD: "production-password",
  BOZOR_CUSTOMS_CHECKS: "off",
  BOZOR_SEARCH_BASELINE: "1",
  NODE_OPTIONS: "--require /home/dev/prod-agent.js",
  METRICS_TOKEN: "production-metrics-token",
  OTEL_EXPORTER_OTLP_ENDPOINT: "https://traces.bozor.example",
}

const runtime = (env: NodeJS.ProcessEnv): BackendRuntime => {
  const config = configFromEnv(env)
  return {
    config,
    databaseUrl: "postgres://postgres:postgres@localhost:5489/bozor",
    search: { host: "http://127.0.0.1:7701", apiKey: "k" },
  }
}

/** The shell's values distinctive enough to spot anywhere in another environment (the switches are checked by name). */
const shellValues = Object.values(PRODUCTION_SHELL).filter((v) => v.length > 8)

afterEach(() => {
  vi.unstubAllEnvs()
})

describe("the test stack's environment", () => {
  it("carries nothing of a production shell into Medusa or the storefront", () => {
    for (const [name, value] of Object.entries(PRODUCTION_SHELL)) vi.stubEnv(name, value)
    const dataDir = mkdtempSync(path.join(os.tmpdir(), "bozor-test-env-"))
    const rt = runtime(testStackEnv(process.env, dataDir))

    for (const env of [
      medusaEnv(rt),
      medusaEnv(rt, { NODE_ENV: "production" }),
      storefrontEnv({ config: rt.config, publishableKey: "pk" }),
    ]) {
      const leaked = Object.entries(env).filter(([, value]) => shellValues.some((v) => value?.includes(v)))
      expect(leaked).toEqual([])
    }
    const env = medusaEnv(rt)
    expect(env.REDIS_URL).toBeUndefined()
    expect(env.S3_BUCKET).toBeUndefined()
    expect(env.SMTP_URL).toBeUndefined()
    expect(env.MEDUSA_WORKER_MODE).toBeUndefined()
    expect(env.BOZOR_CUSTOMS_CHECKS).toBeUndefined()
    expect(env.MEDUSA_BACKEND_URL).toBe(backendUrl(rt.config))
    expect(env.STRIPE_API_KEY).toBe("sk_test_bozor_double")
    expect(env.DATABASE_URL).toBe(rt.databaseUrl)
    expect(env.OTEL_EXPORTER_OTLP_ENDPOINT).toBeUndefined()
    expect(env.METRICS_TOKEN).toBe("bozor-test-metrics-token")
  })

  it("takes its ports from the TEST_* variables", () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), "bozor-test-env-"))
    const env = testStackEnv(
      { TEST_POSTGRES_PORT: "5591", TEST_BACKEND_PORT: "9191", TEST_STRIPE_PORT: "12191", PATH: "/usr/bin" },
      dataDir,
    )
    expect(configFromEnv(env).ports).toMatchObject({ postgres: 5591, backend: 9191 })
    expect(env.STRIPE_API_BASE).toBe("http://127.0.0.1:12191")
  })
})

describe("npm start's environment", () => {
  it("still takes the shop's configuration from the shell, as documented", () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), "bozor-start-env-"))
    const env = medusaEnv(runtime({ ...PRODUCTION_SHELL, BOZOR_DATA_DIR: dataDir }))
    expect(env).toMatchObject({
      REDIS_URL: PRODUCTION_SHELL.REDIS_URL,
      S3_BUCKET: PRODUCTION_SHELL.S3_BUCKET,
      SMTP_URL: PRODUCTION_SHELL.SMTP_URL,
      MEDUSA_BACKEND_URL: PRODUCTION_SHELL.MEDUSA_BACKEND_URL,
      STRIPE_API_KEY: PRODUCTION_SHELL.STRIPE_API_KEY,
      BOZOR_ADMIN_PASSWORD: PRODUCTION_SHELL.BOZOR_ADMIN_PASSWORD,
      CUSTOMS_ENCRYPTION_KEY: PRODUCTION_SHELL.CUSTOMS_ENCRYPTION_KEY,
      METRICS_TOKEN: PRODUCTION_SHELL.METRICS_TOKEN,
      OTEL_EXPORTER_OTLP_ENDPOINT: PRODUCTION_SHELL.OTEL_EXPORTER_OTLP_ENDPOINT,
    })
  })

  it("passes no switch of the shop's rules or search through from the shell", () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), "bozor-start-env-"))
    const env = medusaEnv(runtime({ ...PRODUCTION_SHELL, BOZOR_DATA_DIR: dataDir }))
    expect(env.BOZOR_CUSTOMS_CHECKS).toBeUndefined()
    expect(env.BOZOR_SEARCH_BASELINE).toBeUndefined()
  })
})
