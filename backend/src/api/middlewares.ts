import { defineMiddlewares } from "@medusajs/framework/http"
import express from "express"

/**
 * Uploaded files (product images, exporter logos) live with the data, outside
 * the build folder that `medusa build` replaces; the local file provider
 * writes them to MEDUSA_UPLOAD_DIR and this serves them under /static.
 */
const uploads = process.env.MEDUSA_UPLOAD_DIR
  ? [{ matcher: "/static/*", middlewares: [express.static(process.env.MEDUSA_UPLOAD_DIR, { maxAge: "7d", fallthrough: true })] }]
  : []

export default defineMiddlewares({
  routes: [...uploads],
})
