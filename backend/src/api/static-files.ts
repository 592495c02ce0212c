import { authenticate, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import express from "express"
import path from "node:path"

/**
 * Medusa's local file provider names a private file `private-<time>-<name>`
 * and links it under /static like any other (the admin's notification of an
 * order export does). A private file is handed only to a signed-in operator,
 * from the private folder, and never cached by anything in between; every
 * other name is a public upload (product images, exporter logos).
 */
const isPrivateKey = (key: string) => path.posix.basename(key).startsWith("private-")

/** The part of the URL after /static, decoded; undefined when it cannot be decoded. */
function fileKey(req: MedusaRequest): string | undefined {
  // Medusa mounts route middlewares on their matcher, so req.path is relative to it: the original URL has the name.
  const pathname = req.originalUrl.split("?")[0]
  try {
    return decodeURIComponent(pathname.slice("/static".length)) || "/"
  } catch {
    return undefined
  }
}

function servePrivate(dir: string) {
  const operatorOnly = authenticate("user", ["session", "bearer"])
  const serve = express.static(dir, {
    index: false,
    redirect: false,
    cacheControl: false,
    setHeaders: (res) => res.setHeader("Cache-Control", "private, no-store"),
  })
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const key = fileKey(req)
    if (key === undefined || !isPrivateKey(key)) return next()
    operatorOnly(req, res, (error?: unknown) => {
      if (error) return next(error)
      req.url = req.originalUrl.slice("/static".length)
      serve(req, res, () => res.status(404).json({ type: "not_found", message: "No such file" }))
    })
  }
}

/**
 * Uploaded files live with the data, outside the build folder that `medusa
 * build` replaces: the local file provider writes public ones to `publicDir`,
 * served here under /static.
 */
function servePublic(dir: string) {
  const serve = express.static(dir, { maxAge: "7d", immutable: true, index: false, redirect: false })
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    req.url = req.originalUrl.slice("/static".length) || "/"
    serve(req, res, next)
  }
}

export function serveUploads({ publicDir, privateDir }: { publicDir?: string; privateDir: string }) {
  return [servePrivate(privateDir), ...(publicDir ? [servePublic(publicDir)] : [])]
}
