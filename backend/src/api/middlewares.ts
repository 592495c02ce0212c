import { defineMiddlewares, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
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

export default defineMiddlewares({
  routes: [...(uploadDir ? [{ matcher: "/static/*", middlewares: [serveUploads(uploadDir)] }] : [])],
})
