import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import express from "express"
import { existsSync } from "node:fs"
import path from "node:path"

/**
 * The partner portal (portal/, a single-page app) is served here at /portal, from the folder its build wrote
 * (BOZOR_PORTAL_DIR, set by the launcher): same origin as the API, so it signs in with Medusa's cookie session and
 * needs no CORS. Hashed assets are cached for a year; index.html never (a new build must be picked up at once), and
 * any other path under /portal is a client-side route answered with index.html.
 */

/** The page locks itself down: its own scripts and API only, never framed, no referrer (reset links carry tokens). */
const PAGE_HEADERS: Record<string, string> = {
  "Cache-Control": "no-cache",
  "Content-Security-Policy":
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: https: http:; " +
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
  "Referrer-Policy": "no-referrer",
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
}

const NOT_BUILT = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Partner portal unavailable</title>
<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem">
<h1>The partner portal is not available</h1>
<p>This server has no built portal to serve. <code>npm start</code> builds it; in a deployment, build it with
<code>npm run build -w portal</code> and point <code>BOZOR_PORTAL_DIR</code> at its <code>dist</code> folder.</p></body></html>`

/** The build's precompressed copy the browser accepts (`.br` before `.gz`), or none. */
function precompressed(acceptEncoding: string | undefined, file: string): { encoding: string; suffix: string } | undefined {
  const accepts = acceptEncoding ?? ""
  if (/\bbr\b/.test(accepts) && existsSync(`${file}.br`)) return { encoding: "br", suffix: ".br" }
  if (/\bgzip\b/.test(accepts) && existsSync(`${file}.gz`)) return { encoding: "gzip", suffix: ".gz" }
  return undefined
}

/** The file name an /assets/ URL asks for: one plain name (the build writes no folders there), else undefined. */
function assetName(urlPath: string): string | undefined {
  try {
    const name = decodeURIComponent(urlPath.slice("/assets/".length))
    return /^[\w.-]+$/.test(name) && !name.startsWith(".") ? name : undefined
  } catch {
    return undefined
  }
}

export function servePortal(dir: string | undefined) {
  const root = dir ? path.resolve(dir) : undefined
  const assets = root
    ? express.static(path.join(root, "assets"), {
        immutable: true,
        maxAge: "365d",
        index: false,
        redirect: false,
        fallthrough: false,
        setHeaders: (res, file) => {
          res.setHeader("Vary", "Accept-Encoding")
          const encoding = /\.(br|gz)$/.exec(file)?.[1]
          if (!encoding) return
          // The type of the file it is a copy of, not of the compressed file.
          res.setHeader("Content-Encoding", encoding === "br" ? "br" : "gzip")
          res.setHeader("Content-Type", express.static.mime.lookup(file.slice(0, -encoding.length - 1)))
        },
      })
    : undefined
  const files = root
    ? express.static(root, {
        index: false,
        redirect: false,
        cacheControl: false,
        setHeaders: (res) => res.setHeader("Cache-Control", "no-cache"),
      })
    : undefined

  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    if (req.method !== "GET" && req.method !== "HEAD") return next()
    const indexFile = root && path.join(root, "index.html")
    if (!indexFile || !existsSync(indexFile)) {
      res.status(503).set({ "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", "Retry-After": "30" }).send(NOT_BUILT)
      return
    }
    // Mounted on /portal: req.url is the rest of the path.
    const rest = req.url.split("?")[0]
    if (rest.startsWith("/assets/")) {
      const name = assetName(rest)
      if (!name) return res.status(404).type("text/plain").send("Not found")
      const copy = precompressed(req.headers["accept-encoding"], path.join(root!, "assets", name))
      req.url = `/${encodeURIComponent(name)}${copy?.suffix ?? ""}`
      // A missing asset is a 404, never index.html: a stale page must not run HTML as a script.
      return assets!(req, res, (error?: unknown) => (error ? res.status(404).type("text/plain").send("Not found") : next()))
    }
    const page = () => {
      res.set(PAGE_HEADERS)
      res.sendFile(indexFile)
    }
    // A file the build put at the top level (an icon, say) is served as it is; every other path is the app's route.
    if (rest !== "/" && path.extname(rest)) return files!(req, res, page)
    page()
  }
}
