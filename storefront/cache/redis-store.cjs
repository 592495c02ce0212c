// @ts-check
/**
 * The cache every storefront instance shares (REDIS_URL). Keys, all under `bozor:storefront:`:
 *   <build id>:<Next's key>   a page, route response or tagged read of one build (a page's payload names its scripts),
 *                             deflated, kept 24 hours at most
 *   image:<Next's key>        an optimized image (Next's key hashes its source URL, width, quality and format), for
 *                             every build, kept 7 days at most
 *   tags:stale, tags:expired  hashes: when each tag was last revalidated (ms), read with every page or read
 * Every entry carries a TTL, so a Redis of its own with `maxmemory` and `allkeys-lru` bounds it (README, "The page
 * cache"). A command that fails or takes over a second rejects at once; the handler treats it as a miss.
 */
const v8 = require("node:v8")
const { deflateRawSync, inflateRawSync } = require("node:zlib")
const Redis = require("ioredis").default

/** @typedef {import("../cache-handler.cjs").CacheEntry} CacheEntry */

const PREFIX = "bozor:storefront:"
const STALE = `${PREFIX}tags:stale`
const EXPIRED = `${PREFIX}tags:expired`
const ENTRY_TTL_SECONDS = 24 * 60 * 60
const IMAGE_TTL_SECONDS = 7 * 24 * 60 * 60

/** @param {Record<string, string>} hash */
const times = (hash) => new Map(Object.entries(hash).map(([tag, at]) => [tag, Number(at)]))

/** @param {[Error | null, unknown][] | null} results */
function unwrap(results) {
  for (const [error] of results ?? []) if (error) throw error
  return (results ?? []).map(([, value]) => value)
}

/**
 * @param {string} url
 * @param {string} buildId
 * @param {(error: unknown) => void} onError a command failed or the connection was lost
 * @param {() => void} onReady connected (again)
 * @returns {import("../cache-handler.cjs").CacheStore}
 */
function createRedisStore(url, buildId, onError, onReady) {
  const redis = new Redis(url, {
    // Fail fast rather than queue: a visitor must not wait for Redis to come back.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: 1000,
    connectTimeout: 2000,
  })
  redis.on("error", onError)
  // Until the first connection, reads miss and writes are skipped quietly (a refused connection is reported above).
  let connected = false
  redis.on("ready", () => {
    connected = true
    onReady()
  })
  /** @param {string} key @param {string | undefined} kind */
  const keyOf = (key, kind) => (kind === "IMAGE" ? `${PREFIX}image:${key}` : `${PREFIX}${buildId}:${key}`)

  return {
    async read(key, kind) {
      if (!connected) return { entry: undefined, stale: new Map(), expired: new Map() }
      if (kind === "IMAGE") {
        const raw = await redis.getBuffer(keyOf(key, kind))
        return { entry: raw ? v8.deserialize(raw) : undefined, stale: new Map(), expired: new Map() }
      }
      // One round trip: the entry and the tag times it is checked against.
      const [raw, stale, expired] = unwrap(await redis.pipeline().getBuffer(keyOf(key, kind)).hgetall(STALE).hgetall(EXPIRED).exec())
      return {
        entry: raw ? v8.deserialize(inflateRawSync(/** @type {Buffer} */ (raw))) : undefined,
        stale: times(/** @type {Record<string, string>} */ (stale)),
        expired: times(/** @type {Record<string, string>} */ (expired)),
      }
    },
    async write(key, entry, kind) {
      if (!connected) return
      // Images are compressed already; pages and reads (HTML, RSC payloads, JSON) shrink about five times.
      const image = kind === "IMAGE"
      const bytes = image ? v8.serialize(entry) : deflateRawSync(v8.serialize(entry))
      await redis.set(keyOf(key, kind), bytes, "EX", image ? IMAGE_TTL_SECONDS : ENTRY_TTL_SECONDS)
    },
    async markTags(tags, at) {
      const batch = redis.multi()
      if (at.stale !== undefined) batch.hset(STALE, Object.fromEntries(tags.map((tag) => [tag, at.stale])))
      if (at.expired !== undefined) batch.hset(EXPIRED, Object.fromEntries(tags.map((tag) => [tag, at.expired])))
      unwrap(await batch.exec())
    },
  }
}

module.exports = { createRedisStore }
