// @ts-check
/**
 * The storefront's cache: Next.js's own cache for pages and tagged reads, in memory only, plus optimized images in a
 * bounded in-memory LRU of their own.
 *
 * Why a handler at all: pages are kept in memory (`experimental.isrFlushToDisk: false`, see next.config.ts) so that a
 * flood of made-up URLs, each cached as its 404, cannot fill the disk. But that same setting turns off the image
 * optimizer's disk cache (next/dist/server/image-optimizer.js), and Next's in-memory cache refuses images. Without this
 * handler every image request was encoded again (AVIF: about 0.5 s of CPU for a product photo, on every visit).
 *
 * Pages and reads go to Next's FileSystemCache unchanged (its LRU sized by `cacheMaxMemorySize`, its tag manifest, its
 * revalidation); only entries of kind IMAGE are kept here. The Next.js version is pinned, and the page-cache journeys
 * (e2e/tests/cache.spec.ts) check both a cached image and tag revalidation through this handler.
 */
const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache").default
const { LRUCache } = require("next/dist/server/lib/lru-cache")

/** Bytes of encoded images kept; the least recently served go first. */
const IMAGE_CACHE_BYTES = Number(process.env.BOZOR_IMAGE_CACHE_MB ?? 256) * 1024 * 1024

/** @type {LRUCache<{ value: { kind: string; buffer: Buffer }; lastModified: number }>} */
const images = new LRUCache(IMAGE_CACHE_BYTES, (entry, key) => key.length + entry.value.buffer.byteLength)

class BozorCacheHandler extends FileSystemCache {
  /** @param {string} key @param {any} ctx */
  async get(key, ctx) {
    if (ctx?.kind === "IMAGE") return images.get(key) ?? null
    return super.get(key, ctx)
  }

  /** @param {string} key @param {any} data @param {any} ctx */
  async set(key, data, ctx) {
    if (data?.kind === "IMAGE") {
      images.set(key, { value: data, lastModified: Date.now() })
      return
    }
    return super.set(key, data, ctx)
  }
}

module.exports = BozorCacheHandler
