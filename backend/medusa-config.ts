import { defineConfig, loadEnv, Modules } from "@medusajs/framework/utils"
import path from "node:path"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

/**
 * Every embedded default yields to configuration: the launcher (scripts/start.ts)
 * fills DATABASE_URL and the secrets for a local run; production sets them, plus
 * REDIS_URL, S3_* and MEDUSA_WORKER_MODE, from its own environment.
 */
const env = process.env
const redisUrl = env.REDIS_URL
const backendUrl = env.MEDUSA_BACKEND_URL ?? `http://localhost:${env.PORT ?? 9000}`
const workerMode = (env.MEDUSA_WORKER_MODE ?? "shared") as "shared" | "worker" | "server"

const fileProvider = env.S3_BUCKET
  ? {
      resolve: "@medusajs/medusa/file-s3",
      id: "s3",
      options: {
        file_url: env.S3_FILE_URL,
        access_key_id: env.S3_ACCESS_KEY_ID,
        secret_access_key: env.S3_SECRET_ACCESS_KEY,
        region: env.S3_REGION,
        bucket: env.S3_BUCKET,
        endpoint: env.S3_ENDPOINT,
        prefix: env.S3_PREFIX,
      },
    }
  : {
      resolve: "@medusajs/medusa/file-local",
      id: "local",
      options: {
        upload_dir: env.MEDUSA_UPLOAD_DIR ?? path.join(process.cwd(), "static"),
        backend_url: `${backendUrl}/static`,
      },
    }

const redisModules = redisUrl
  ? [
      { resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
      { resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { redisUrl } } },
      {
        resolve: "@medusajs/medusa/caching",
        options: {
          providers: [
            { resolve: "@medusajs/medusa/caching-redis", id: "caching-redis", is_default: true, options: { redisUrl } },
          ],
        },
      },
      {
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [
            { resolve: "@medusajs/medusa/locking-redis", id: "locking-redis", is_default: true, options: { redisUrl } },
          ],
        },
      },
    ]
  : []

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: env.DATABASE_URL,
    redisUrl,
    workerMode,
    http: {
      storeCors: env.STORE_CORS ?? "http://localhost:8000",
      adminCors: env.ADMIN_CORS ?? "http://localhost:9000",
      authCors: env.AUTH_CORS ?? "http://localhost:8000,http://localhost:9000",
      jwtSecret: env.JWT_SECRET,
      cookieSecret: env.COOKIE_SECRET,
    },
  },
  admin: {
    disable: env.MEDUSA_DISABLE_ADMIN === "true" || workerMode === "worker",
    backendUrl,
  },
  featureFlags: {
    translation: true,
  },
  modules: [
    { resolve: "@medusajs/medusa/translation" },
    { resolve: "./src/modules/trade" },
    { resolve: "./src/modules/exporter" },
    { resolve: "@medusajs/medusa/file", key: Modules.FILE, options: { providers: [fileProvider] } },
    ...redisModules,
  ],
})
