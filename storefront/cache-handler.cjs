// @ts-check
/**
 * The storefront's cache of pages, tagged reads and optimized images, on Next's documented `cacheHandler` interface
 * (get, set, revalidateTag, resetRequestCache; node_modules/next/dist/docs, "Custom Next.js Cache Handler").
 *
 * With REDIS_URL every instance reads and writes one shared store (cache/redis-store.cjs): a page rendered by one
 * instance is served by all, a tag the backend revalidates through any of them is stale on all, and an image is
 * encoded once for all. Without it the cache is this process's memory (cache/memory-store.cjs), bounded, never disk.
 *
 * Tags are checked here, not by Next: Next's own check reads a tag manifest that only its built-in file-system cache
 * fills. A tag revalidated with a profile (`revalidateTag(tag, "max")`) makes its entries stale: the next visitor gets
 * the cached page while a fresh one renders. One revalidated without a profile, or with `{ expire: 0 }`, expires
 * them: the next visitor waits for the fresh page. The backend's revalidation route uses both.
 *
 * The store failing (Redis down or slow) is a miss, never an error: pages render per request until it is back.
 */
const { readFileSync } = require("node:fs")
const path = require("node:path")
const { createMemoryStore } = require("./cache/memory-store.cjs")
const { createRedisStore } = require("./cache/redis-store.cjs")

/**
 * @typedef {{ value: any; lastModified: number; cacheControl?: { revalidate?: number | false; expire?: number }; tags?: string[] }} CacheEntry
 *   what Next gave `set`, when, its lifetime (pages) and its tags (reads)
 * @typedef {{ entry: CacheEntry | undefined; stale: Map<string, number>; expired: Map<string, number> }} Found
 *   an entry and when each tag was last made stale or expired (ms since the epoch)
 * @typedef {{
 *   read(key: string, kind: string): Promise<Found>
 *   write(key: string, entry: CacheEntry, kind: string | undefined): Promise<void>
 *   markTags(tags: string[], times: { stale?: number; expired?: number }): Promise<void>
 * }} CacheStore
 */

/** The tags an entry of a page or route handler was rendered with (explicit and implicit), as Next records them. */
const TAGS_HEADER = "x-next-cache-tags"

/**
 * Next can load this file more than once in a process (one `next start` logged an outage twice): the store and its
 * state live on globalThis, so that a process has one Redis connection, one memory budget and one log.
 * @type {{ store?: CacheStore; failing: boolean }}
 */
const state = /** @type {any} */ (globalThis[Symbol.for("bozor.storefront.cache")] ??= { store: undefined, failing: false })

/** @param {{ serverDistDir?: string; maxMemoryCacheSize?: number }} ctx */
function openStore(ctx) {
  // `next build` prerenders a few routes (not-found, robots): they stay in the build's memory.
  if (process.env.REDIS_URL && process.env.NEXT_PHASE !== "phase-production-build") {
    return createRedisStore(process.env.REDIS_URL, buildId(ctx.serverDistDir), onStoreError, onStoreReady)
  }
  return createMemoryStore(ctx.maxMemoryCacheSize ?? 0)
}

/** Entries are kept per build: a page's payload names the build's scripts, which another build does not serve. */
function buildId(serverDistDir = ".next/server") {
  try {
    return readFileSync(path.join(serverDistDir, "..", "BUILD_ID"), "utf8").trim()
  } catch {
    return "unbuilt"
  }
}

/** @param {unknown} error */
function onStoreError(error) {
  if (state.failing) return
  state.failing = true
  console.error(
    `[cache] the shared cache is unavailable (${error instanceof Error ? error.message : String(error)}); pages render per request until it is back`,
  )
}

function onStoreReady() {
  if (state.failing) console.log("[cache] the shared cache is back")
  state.failing = false
}

/** @template T @param {() => Promise<T>} operation @returns {Promise<T | undefined>} */
async function safely(operation) {
  try {
    return await operation()
  } catch (error) {
    onStoreError(error)
    return undefined
  }
}

/** @param {any} value */
function renderedTags(value) {
  const header = value?.headers?.[TAGS_HEADER]
  return typeof header === "string" && header ? header.split(",") : []
}

class BozorCacheHandler {
  /** @param {{ serverDistDir?: string; maxMemoryCacheSize?: number }} ctx */
  constructor(ctx) {
    // Next makes a handler per request; the store is the process's.
    state.store ??= openStore(ctx)
    this.store = state.store
  }

  /** @param {string} key @param {{ kind: string; tags?: string[]; softTags?: string[]; revalidate?: number | false }} ctx */
  async get(key, ctx) {
    const found = await safely(() => this.store.read(key, ctx.kind))
    const entry = found?.entry
    if (!found || !entry) return null
    if (ctx.kind === "IMAGE") return entry
    const tags = ctx.kind === "FETCH" ? [...(entry.tags ?? []), ...(ctx.tags ?? []), ...(ctx.softTags ?? [])] : renderedTags(entry.value)
    const now = Date.now()
    const expired = tags.some((tag) => {
      const at = found.expired.get(tag)
      return at !== undefined && at <= now && at > entry.lastModified
    })
    if (expired) return null
    const stale = tags.some((tag) => (found.stale.get(tag) ?? 0) > entry.lastModified)
    if (!stale) return entry
    // Next serves an entry older than its revalidate period and renders a fresh one behind it: dating the entry just
    // past that period is how a handler says "stale" on this interface. An entry with no period is expired instead.
    const revalidate = ctx.kind === "FETCH" ? ctx.revalidate || entry.value?.revalidate : entry.cacheControl?.revalidate
    if (typeof revalidate !== "number" || revalidate <= 0) return null
    return { ...entry, lastModified: now - (revalidate + 1) * 1000 }
  }

  /** @param {string} key @param {any} data @param {{ kind?: string; tags?: string[]; cacheControl?: CacheEntry["cacheControl"] }} ctx */
  async set(key, data, ctx) {
    /** @type {CacheEntry} */
    const entry = { value: data, lastModified: Date.now(), cacheControl: ctx?.cacheControl, tags: ctx?.tags }
    await safely(() => this.store.write(key, entry, data?.kind ?? ctx?.kind))
  }

  /** @param {string | string[]} tag @param {{ expire?: number }} [durations] */
  async revalidateTag(tag, durations) {
    const tags = typeof tag === "string" ? [tag] : tag
    if (!tags.length) return
    const now = Date.now()
    // As Next's own cache: a profile makes the tags stale now and expired after its `expire`; none expires them now.
    const times = durations
      ? { stale: now, expired: durations.expire === undefined ? undefined : now + durations.expire * 1000 }
      : { stale: undefined, expired: now }
    await safely(() => this.store.markTags(tags, times))
  }

  resetRequestCache() {}
}

module.exports = BozorCacheHandler
