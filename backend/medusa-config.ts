import { ContainerRegistrationKeys, defineConfig, loadEnv, Modules } from "@medusajs/framework/utils"
import path from "node:path"
import { storefrontUrl } from "@bozor/shared"
import { uploadFolders } from "./src/lib/upload-folders"

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
        // Private files (order exports) beside the public folder, never in it (src/lib/upload-folders.ts).
        upload_dir: uploadFolders(env).publicDir,
        private_upload_dir: uploadFolders(env).privateDir,
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
          providers: [{ resolve: "@medusajs/medusa/caching-redis", id: "caching-redis", is_default: true, options: { redisUrl } }],
        },
      },
      {
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [{ resolve: "@medusajs/medusa/locking-redis", id: "locking-redis", is_default: true, options: { redisUrl } }],
        },
      },
    ]
  : []

/**
 * Stripe when keys are configured: cards through Medusa's provider, Alipay and
 * WeChat Pay as providers of the same family. The system provider ("pay at the
 * centre") is always there. STRIPE_API_BASE points the client at a stand-in
 * for Stripe's API (tests only).
 */
const stripeOptions = env.STRIPE_API_KEY
  ? {
      apiKey: env.STRIPE_API_KEY,
      webhookSecret: env.STRIPE_WEBHOOK_SECRET,
      apiBase: env.STRIPE_API_BASE,
      capture: true,
    }
  : undefined

const paymentModule = {
  resolve: "@medusajs/medusa/payment",
  key: Modules.PAYMENT,
  options: {
    providers: stripeOptions ? [{ resolve: "./src/modules/stripe-cn", id: "stripe", options: stripeOptions }] : [],
  },
}

/**
 * Notifications: e-mail through Bozor's mail provider (nodemailer: SMTP_URL
 * when set, otherwise .eml files in the data folder's outbox, which the
 * launcher sets as BOZOR_MAIL_OUTBOX); the admin's feed stays on Medusa's
 * local provider.
 */
const notificationModule = {
  resolve: "@medusajs/medusa/notification",
  key: Modules.NOTIFICATION,
  options: {
    providers: [
      { resolve: "@medusajs/medusa/notification-local", id: "local", options: { channels: ["feed"] } },
      {
        resolve: "./src/modules/mail",
        id: "mail",
        options: {
          channels: ["email"],
          from: env.MAIL_FROM || "Bozor 丝路巴扎 <orders@bozor.localhost>",
          smtpUrl: env.SMTP_URL || undefined,
          outboxDir: env.BOZOR_MAIL_OUTBOX || path.resolve(process.cwd(), "outbox"),
        },
      },
    ],
  },
}

/**
 * Search: Medusa's Search Module with Bozor's Meilisearch provider as the
 * engine whenever MEILISEARCH_HOST is set (the launcher always sets it).
 * Medusa's PostgreSQL provider stays registered: it serves if no Meilisearch
 * is configured (and the search benchmark's baseline, bench/search-baseline.ts).
 */
const searchModule = {
  resolve: "@medusajs/medusa/search",
  key: Modules.SEARCH,
  // The Meilisearch provider records writes it missed in the search_catch_up module, where every process sees them.
  dependencies: ["search_catch_up"],
  options: {
    providers: [
      { resolve: "@medusajs/medusa/search-postgres", id: "postgres", options: { engine: "native" } },
      ...(env.MEILISEARCH_HOST
        ? [
            {
              resolve: "./src/modules/meilisearch",
              id: "meilisearch",
              options: { host: env.MEILISEARCH_HOST, apiKey: env.MEILISEARCH_API_KEY || undefined },
            },
          ]
        : []),
    ],
    default_provider: env.MEILISEARCH_HOST ? "meilisearch" : "search-postgres",
    // A rebuild writes 500 documents per engine task (Medusa's default is 100): Meilisearch's cost per task
    // is mostly fixed, so larger tasks index the catalog several times faster.
    reindex: { batch_size: 500 },
  },
}

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: env.DATABASE_URL,
    redisUrl,
    workerMode,
    // Medusa marks the admin's session cookie Secure in production, which a browser never sends back over plain
    // http (the embedded default on localhost): Secure follows the URL the backend is reached at.
    cookieOptions: { secure: (env.COOKIE_SECURE ?? String(backendUrl.startsWith("https://"))) === "true" },
    http: {
      storeCors: env.STORE_CORS ?? storefrontUrl(env),
      adminCors: env.ADMIN_CORS ?? "http://localhost:9000",
      authCors: env.AUTH_CORS ?? `${storefrontUrl(env)},http://localhost:9000`,
      jwtSecret: env.JWT_SECRET,
      cookieSecret: env.COOKIE_SECRET,
    },
  },
  admin: {
    disable: env.MEDUSA_DISABLE_ADMIN === "true" || workerMode === "worker",
    // The admin is served by this server: calling it on its own origin keeps one build right for every port.
    backendUrl: env.MEDUSA_ADMIN_BACKEND_URL ?? "/",
  },
  featureFlags: {
    translation: true,
  },
  modules: [
    { resolve: "@medusajs/medusa/translation" },
    { resolve: "./src/modules/trade" },
    { resolve: "./src/modules/exporter" },
    { resolve: "./src/modules/partner-access" },
    { resolve: "./src/modules/consulate" },
    { resolve: "./src/modules/audit-log" },
    { resolve: "./src/modules/pavilion" },
    { resolve: "./src/modules/listing" },
    { resolve: "./src/modules/bulk-import" },
    {
      resolve: "./src/modules/customs",
      options: { encryptionKey: env.CUSTOMS_ENCRYPTION_KEY, previousKeys: env.CUSTOMS_PREVIOUS_KEYS },
    },
    { resolve: "./src/modules/rate-limit" },
    { resolve: "./src/modules/pickup" },
    { resolve: "./src/modules/webhook-receipts" },
    { resolve: "./src/modules/seed-ledger" },
    { resolve: "./src/modules/search-catch-up" },
    {
      resolve: "@medusajs/medusa/tax",
      key: Modules.TAX,
      // The cross-border tax provider reads products' VAT classes through Query.
      dependencies: [ContainerRegistrationKeys.QUERY],
      options: { providers: [{ resolve: "./src/modules/cross-border-tax", id: "cn" }] },
    },
    paymentModule,
    notificationModule,
    searchModule,
    { resolve: "@medusajs/medusa/file", key: Modules.FILE, options: { providers: [fileProvider] } },
    ...redisModules,
  ],
})
