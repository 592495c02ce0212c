import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { CacheTag } from "@bozor/shared"

/**
 * Tells the storefront to drop the cached reads behind `tags`
 * (storefront/app/api/revalidate). `immediate` expires them at once, so the
 * very next visitor gets a fresh page; otherwise the next visitor still gets
 * the cached page while a fresh one is rendered. Returns whether the
 * storefront confirmed; a storefront that is down misses nothing important.
 */
export async function revalidateStorefront(
  container: MedusaContainer | { logger?: { warn(message: string): void } },
  tags: CacheTag[],
  options: { immediate?: boolean; reason: string },
) {
  const url = process.env.STOREFRONT_URL
  const secret = process.env.REVALIDATE_SECRET
  if (!url || !secret || !tags.length) return false
  try {
    const res = await fetch(`${url}/api/revalidate`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-revalidate-secret": secret },
      body: JSON.stringify({ tags, ...(options.immediate ? { immediate: true } : {}) }),
      signal: AbortSignal.timeout(3000),
    })
    if (!res.ok) throw new Error(`status ${res.status}`)
    return true
  } catch (e) {
    // A module provider has its dependencies (a cradle), not the container.
    const logger = "resolve" in container ? container.resolve(ContainerRegistrationKeys.LOGGER) : container.logger
    logger?.warn(`[storefront] revalidation of ${tags.join(",")} after ${options.reason} failed: ${(e as Error).message}`)
    return false
  }
}
