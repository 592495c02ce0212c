import react from "@vitejs/plugin-react"
import { defineConfig } from "vite"

/**
 * Built into dist/ and served by the Medusa server at /portal (backend/src/api/portal.ts). Everything ships in
 * the bundle: no CDN, no font download at build or run time.
 */
export default defineConfig({
  base: "/portal/",
  plugins: [react()],
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
      ["/auth", "/exporter", "/static"].map((path) => [path, process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"])
    ),
  },
})
