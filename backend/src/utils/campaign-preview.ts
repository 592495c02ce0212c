import type { MedusaContainer } from "@medusajs/framework/types"
import jwt from "jsonwebtoken"
import { PREVIEW_TTL_MINUTES, secretOf } from "./listing-preview"
import { storefrontUrl } from "@bozor/shared"

/**
 * A signed, expiring link to a campaign page as the shop will show it, while it
 * is a draft or before its window opens, the way exporters preview listings.
 * The token names one page and its own purpose (a listing's token does not open
 * a campaign page); the storefront exchanges it at GET /store/campaign-previews/:token.
 */
const PURPOSE = "bozor:campaign-preview"

export function signCampaignPreview(container: MedusaContainer, pageId: string, slug: string) {
  const token = jwt.sign({ campaign_page_id: pageId, purpose: PURPOSE }, secretOf(container), { expiresIn: `${PREVIEW_TTL_MINUTES}m` })
  return {
    url: `${storefrontUrl()}/zh-CN/campaigns/${encodeURIComponent(slug)}?preview=${encodeURIComponent(token)}`,
    expires_at: new Date(Date.now() + PREVIEW_TTL_MINUTES * 60_000).toISOString(),
  }
}

/** The page a preview token names, or null for a forged, expired or foreign token. */
export function verifyCampaignPreview(container: MedusaContainer, token: unknown): string | null {
  if (typeof token !== "string" || !token || token.length > 2048) return null
  try {
    const claims = jwt.verify(token, secretOf(container), { algorithms: ["HS256"] }) as { campaign_page_id?: string; purpose?: string }
    return claims.purpose === PURPOSE && typeof claims.campaign_page_id === "string" ? claims.campaign_page_id : null
  } catch {
    return null
  }
}
