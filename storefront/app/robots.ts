import type { MetadataRoute } from "next"
import { storefrontUrl } from "@bozor/shared"

export default function robots(): MetadataRoute.Robots {
  const base = storefrontUrl()
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/*/cart", "/*/checkout", "/*/account", "/*/order", "/api/"] }],
    sitemap: `${base}/sitemap.xml`,
  }
}
