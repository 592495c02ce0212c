import { allowFields, defineMiddlewares, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import express from "express"

/**
 * Uploaded files (product images, exporter logos) live with the data, outside
 * the build folder that `medusa build` replaces: the local file provider
 * writes them to MEDUSA_UPLOAD_DIR and this serves them under /static.
 */
function serveUploads(dir: string) {
  const serve = express.static(dir, { maxAge: "7d", immutable: true, index: false, redirect: false })
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    req.url = req.originalUrl.slice("/static".length) || "/"
    serve(req, res, next)
  }
}

const uploadDir = process.env.MEDUSA_UPLOAD_DIR

/** What the shop shows of a product beyond Medusa's own fields: its trade data and its exporter's public profile. */
const productExtras = allowFields(
  "trade_profile", "trade_profile.*",
  "exporter.id", "exporter.handle", "exporter.name", "exporter.region", "exporter.city",
  "exporter.verified", "exporter.logo_url", "exporter.brand_color"
)

export default defineMiddlewares({
  routes: [
    { matcher: "/store/products", middlewares: [productExtras] },
    { matcher: "/store/products/:id", middlewares: [productExtras] },
    ...(uploadDir ? [{ matcher: "/static/*", middlewares: [serveUploads(uploadDir)] }] : []),
  ],
})
