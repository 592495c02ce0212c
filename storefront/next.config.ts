import type { NextConfig } from "next"
import createNextIntlPlugin from "next-intl/plugin"

const backend = new URL(process.env.MEDUSA_BACKEND_URL ?? "http://localhost:9000")

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The rules the shop shares with the backend are TypeScript source (shared/, @bozor/shared): Next compiles them.
  transpilePackages: ["@bozor/shared"],
  // Cached pages, tagged reads and optimized images: shared by every instance in Redis with REDIS_URL, otherwise in
  // this process's memory, never on disk (a flood of made-up URLs, each cached as its 404, evicts old entries).
  cacheHandler: require.resolve("./cache-handler.cjs"),
  // The in-memory cache's size for pages and reads (cache-handler.cjs reads it); images have their own.
  cacheMaxMemorySize: 256 * 1024 * 1024,
  experimental: {
    // The stylesheet is small (Tailwind, ~6 KB gzip): inlined, it costs no render-blocking round trip.
    inlineCss: true,
    isrFlushToDisk: false,
  },
  images: {
    // Product images are served by Medusa's file module (local /static or S3).
    remotePatterns: [
      {
        protocol: backend.protocol.replace(":", "") as "http" | "https",
        hostname: backend.hostname,
        port: backend.port,
        pathname: "/static/**",
      },
      ...(process.env.S3_FILE_URL ? [new URL(`${process.env.S3_FILE_URL.replace(/\/$/, "")}/**`)] : []),
    ],
    formats: ["image/avif", "image/webp"],
    // The widths an image can be served at. The largest image on any page is the product photo, at most about 1,150
    // CSS pixels on a 2x screen; a card is at most about 300. Next's defaults reach 3,840 and put 18 candidates in every
    // srcset, which the page's HTML and its RSC payload both carry (about 100 KB on the home page).
    deviceSizes: [640, 828, 1200],
    imageSizes: [256, 384],
    dangerouslyAllowLocalIP: true,
    // Optimized images are kept by cache-handler.cjs too (shared with REDIS_URL: each size is encoded once for all).
    customCacheHandler: true,
  },
}

// Messages are precompiled at build time, so browsers get formatters instead of the ICU parser (intl-messageformat).
export default createNextIntlPlugin({
  requestConfig: "./i18n/request.ts",
  experimental: { messages: { path: "./messages", format: "json", locales: "infer", precompile: true } },
})(nextConfig)
