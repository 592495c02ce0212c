// @ts-check
/**
 * The cache of one storefront process (no REDIS_URL): pages and reads in an LRU of `cacheMaxMemorySize` bytes
 * (next.config.ts), optimized images in one of their own (BOZOR_IMAGE_CACHE_MB, 256 MB), so that a flood of made-up
 * URLs (each cached as its 404) evicts old pages but never an image, and nothing is written to disk.
 */
const { LRUCache } = require("lru-cache")

/** @typedef {import("../cache-handler.cjs").CacheEntry} CacheEntry */

const IMAGE_CACHE_BYTES = Number(process.env.BOZOR_IMAGE_CACHE_MB ?? 256) * 1024 * 1024

/** Bytes an entry holds, about: what Next's own memory cache counts. @param {CacheEntry} entry */
function entrySize({ value }) {
  let bytes = 0
  if (value?.kind === "FETCH") bytes = JSON.stringify(value.data ?? "").length
  else if (value?.kind === "APP_PAGE" || value?.kind === "PAGES") {
    bytes = (value.html?.length ?? 0) + (value.rscData?.byteLength ?? 0) + JSON.stringify(value.pageData ?? "").length
    for (const segment of value.segmentData?.values() ?? []) bytes += segment.byteLength
  } else if (value?.kind === "APP_ROUTE") bytes = value.body?.byteLength ?? 0
  else if (value?.kind === "IMAGE") bytes = value.buffer.byteLength
  return Math.max(1, bytes)
}

/** @param {number} maxBytes @returns {LRUCache<string, CacheEntry> | undefined} */
const lru = (maxBytes) => (maxBytes > 0 ? new LRUCache({ maxSize: maxBytes, sizeCalculation: entrySize }) : undefined)

/** @param {number} maxBytes @returns {import("../cache-handler.cjs").CacheStore} */
function createMemoryStore(maxBytes) {
  const entries = lru(maxBytes)
  const images = lru(IMAGE_CACHE_BYTES)
  /** @type {Map<string, number>} */
  const stale = new Map()
  /** @type {Map<string, number>} */
  const expired = new Map()
  return {
    async read(key, kind) {
      return { entry: (kind === "IMAGE" ? images : entries)?.get(key), stale, expired }
    },
    async write(key, entry, kind) {
      ;(kind === "IMAGE" ? images : entries)?.set(key, entry)
    },
    async markTags(tags, times) {
      for (const tag of tags) {
        if (times.stale !== undefined) stale.set(tag, times.stale)
        if (times.expired !== undefined) expired.set(tag, times.expired)
      }
    },
  }
}

module.exports = { createMemoryStore }
