import react from "@vitejs/plugin-react"
import { readFileSync, writeFileSync } from "node:fs"
import path from "node:path"
import { brotliCompressSync, constants, gzipSync } from "node:zlib"
import { defineConfig, type Plugin } from "vite"

/**
 * Brotli and gzip copies of every script and stylesheet, made once at build time: the backend sends the one the
 * browser accepts (backend/src/api/portal.ts) without compressing on each request.
 */
function precompress(): Plugin {
  return {
    name: "bozor-precompress",
    apply: "build",
    writeBundle(options, bundle) {
      for (const name of Object.keys(bundle)) {
        if (!/\.(js|css)$/.test(name)) continue
        const file = path.join(options.dir!, name)
        const data = readFileSync(file)
        writeFileSync(`${file}.br`, brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }))
        writeFileSync(`${file}.gz`, gzipSync(data, { level: 9 }))
      }
    },
  }
}

/**
 * Built into dist/ and served by the Medusa server at /portal (backend/src/api/portal.ts). Everything ships in
 * the bundle: no CDN, no font download at build or run time.
 */
export default defineConfig({
  base: "/portal/",
  plugins: [react(), precompress()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: false,
    // Hashed names under assets/ are cached for a year by the server; index.html never.
    assetsDir: "assets",
  },
  server: {
    // `npm run dev -w portal` against a running backend: the API stays same-origin through the proxy.
    proxy: Object.fromEntries(
      ["/auth", "/exporter", "/static"].map((route) => [route, process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"]),
    ),
  },
})
