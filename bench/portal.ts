/**
 * `npm run bench -- portal [--url http://localhost:9000] [--email … --password …]`: the partner portal's
 * first-load JavaScript in Chromium against a running shop (`npm start`): what a first visit to the sign-in page
 * loads, and what a signed-in person's first visit to the listings page loads (with an exporter login: the demo
 * one by default). Each script is counted gzip-compressed (level 9, as the build stores it) and as the browser
 * received it (brotli, which the server prefers).
 */
import { chromium, type Page } from "@playwright/test"
import { parseArgs } from "node:util"
import { gzipSync } from "node:zlib"
import { DEMO_LOGINS } from "../seed/src/demo-logins"
import { saveResults } from "./lib"

const round = (n: number) => Math.round(n * 10) / 10

async function firstLoad(page: Page, url: string) {
  const scripts: Promise<{ gzip: number; transfer: number }>[] = []
  page.on("requestfinished", (request) => {
    // Module preloads (how Vite fetches a lazy screen's chunks) count as well as scripts: every .js the page loads.
    if (request.resourceType() !== "script" && !new URL(request.url()).pathname.endsWith(".js")) return
    scripts.push(
      (async () => {
        const [sizes, response] = await Promise.all([request.sizes(), request.response()])
        const body = (await response?.body()) ?? Buffer.alloc(0)
        return { gzip: gzipSync(body, { level: 9 }).length, transfer: sizes.responseBodySize }
      })(),
    )
  })
  await page.goto(url, { waitUntil: "networkidle" })
  const all = await Promise.all(scripts)
  return {
    kb_gzip: round(all.reduce((n, s) => n + s.gzip, 0) / 1024),
    kb_transferred: round(all.reduce((n, s) => n + s.transfer, 0) / 1024),
    files: all.length,
  }
}

export default async function main(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: { url: { type: "string", default: "http://localhost:9000" }, email: { type: "string" }, password: { type: "string" } },
  })
  const demo = (DEMO_LOGINS as { exporter?: { email: string; password: string } }).exporter
  const login = values.email && values.password ? { email: values.email, password: values.password } : demo
  const base = `${values.url!.replace(/\/$/, "")}/portal`
  const results: Record<string, unknown> = {}
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  })
  try {
    const context = await browser.newContext({ locale: "ru-RU" })
    const page = await context.newPage()
    results.first_load_js_sign_in = await firstLoad(page, `${base}/sign-in`)
    console.log(`  sign-in: ${JSON.stringify(results.first_load_js_sign_in)}`)
    if (login) {
      await page.locator("#field-email").fill(login.email)
      await page.locator("#field-password").fill(login.password)
      await page.locator('button[type="submit"]').click()
      await page.waitForURL(/\/portal\/listings/)
      // The same session in a fresh browser context (no cache): a signed-in person's first visit to the list.
      const cold = await browser.newContext({ locale: "ru-RU", storageState: await context.storageState() })
      results.first_load_js_listings = await firstLoad(await cold.newPage(), `${base}/listings`)
      console.log(`  listings (signed in): ${JSON.stringify(results.first_load_js_listings)}`)
      await cold.close()
    } else {
      console.log("  (no exporter login given: --email and --password measure the signed-in listings page)")
    }
    await context.close()
  } finally {
    await browser.close()
  }
  saveResults("portal", results)
}
