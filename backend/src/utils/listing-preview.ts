import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import jwt from "jsonwebtoken"
import { storefrontUrl } from "@bozor/shared"

/**
 * A signed, expiring link to the storefront's product page in draft mode, so
 * an exporter sees a listing (with its pending change) as a Chinese shopper
 * will, before it is live. The token names one product and one purpose; the
 * storefront exchanges it for the draft at GET /store/listing-previews/:token.
 */
const PURPOSE = "bozor:listing-preview"
export const PREVIEW_TTL_MINUTES = 60

export const secretOf = (container: MedusaContainer) => {
  const secret = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig.http.jwtSecret
  if (!secret) throw new Error("Listing previews need JWT_SECRET to be configured.")
  return secret
}

export function signListingPreview(container: MedusaContainer, productId: string, handle: string) {
  const token = jwt.sign({ product_id: productId, purpose: PURPOSE }, secretOf(container), { expiresIn: `${PREVIEW_TTL_MINUTES}m` })
  return {
    url: `${storefrontUrl()}/zh-CN/products/${encodeURIComponent(handle)}?preview=${encodeURIComponent(token)}`,
    token,
    expires_at: new Date(Date.now() + PREVIEW_TTL_MINUTES * 60_000).toISOString(),
  }
}

/** The product a preview token names, or null for a forged, expired or foreign token. */
export function verifyListingPreview(container: MedusaContainer, token: unknown): string | null {
  if (typeof token !== "string" || !token || token.length > 2048) return null
  try {
    const claims = jwt.verify(token, secretOf(container), { algorithms: ["HS256"] }) as { product_id?: string; purpose?: string }
    return claims.purpose === PURPOSE && typeof claims.product_id === "string" ? claims.product_id : null
  } catch {
    return null
  }
}
