import type { MetadataRoute } from "next"

export default function robots(): MetadataRoute.Robots {
  const base = process.env.STOREFRONT_URL ?? "http://localhost:8000"
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/*/cart", "/*/checkout", "/*/account", "/*/order", "/api/"] }],
    sitemap: `${base}/sitemap.xml`,
  }
}
