import type { NextConfig } from "next"
import createNextIntlPlugin from "next-intl/plugin"

const backend = new URL(process.env.MEDUSA_BACKEND_URL ?? "http://localhost:9000")

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The stylesheet is small (Tailwind, ~6 KB gzip): inlined, it costs no render-blocking round trip.
  experimental: { inlineCss: true },
  images: {
    // Product images are served by Medusa's file module (local /static or S3).
    remotePatterns: [
      { protocol: backend.protocol.replace(":", "") as "http" | "https", hostname: backend.hostname, port: backend.port, pathname: "/static/**" },
      ...(process.env.S3_FILE_URL ? [new URL(`${process.env.S3_FILE_URL.replace(/\/$/, "")}/**`)] : []),
    ],
    formats: ["image/avif", "image/webp"],
    dangerouslyAllowLocalIP: true,
  },
}

// Messages are precompiled at build time, so browsers get formatters instead of the ICU parser (intl-messageformat).
export default createNextIntlPlugin({
  requestConfig: "./i18n/request.ts",
  experimental: { messages: { path: "./messages", format: "json", locales: "infer", precompile: true } },
})(nextConfig)
