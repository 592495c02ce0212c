/**
 * `npm run bench -- listing-approval [--url http://localhost:9000] [--storefront http://localhost:8000] [--listings 20]`:
 * how long an approved listing takes to reach shoppers, against a running shop (`npm start`). The demo exporter writes
 * a complete listing (three languages, photo, trade data with the Chinese label) and submits it; the clock starts when
 * the demo operator's approval is sent; then, polled side by side until each answers, the store's search API
 * (POST /store/search for the listing's Chinese name: the index has it), the storefront's product page as a guest gets
 * it (the page cache's copy, 200 with the name) and the storefront's search page for the name (its card is there).
 * One listing at a time, so each approval meets an idle index and an idle storefront.
 */
import { readFileSync } from "node:fs"
import path from "node:path"
import { parseArgs } from "node:util"
import { deflateSync } from "node:zlib"
import { configFromEnv } from "../scripts/lib/config"
import { publishableKey } from "../scripts/lib/backend"
import { DEMO_LOGINS } from "../seed/src/demo-logins"
import { percentile, saveResults } from "./lib"

const round = (n: number) => Math.round(n)
const POLL_LIMIT_MS = 60_000

/** A 64×64 PNG of one colour, made here: the checklist wants a photo, and the upload checks the bytes. */
function png(rgb: [number, number, number]): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    return c >>> 0
  })
  const crc = (buf: Buffer) => {
    let c = 0xffffffff
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8)
    return (c ^ 0xffffffff) >>> 0
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "ascii"), data])
    const out = Buffer.alloc(body.length + 8)
    out.writeUInt32BE(data.length, 0)
    body.copy(out, 4)
    out.writeUInt32BE(crc(body), body.length + 4)
    return out
  }
  const size = 64
  const header = Buffer.alloc(13)
  header.writeUInt32BE(size, 0)
  header.writeUInt32BE(size, 4)
  header.set([8, 2, 0, 0, 0], 8)
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: size }, () => rgb).flat())])
  const pixels = Buffer.concat(Array.from({ length: size }, () => row))
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(pixels)),
    chunk("IEND", Buffer.alloc(0)),
  ])
}

async function signIn(base: string, actor: "exporter" | "user", login: { email: string; password: string }) {
  const res = await fetch(`${base}/auth/${actor}/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(login),
  })
  if (!res.ok) throw new Error(`Signing in as ${login.email} answered ${res.status}: is the shop running with its demo data?`)
  return ((await res.json()) as { token: string }).token
}

function client(base: string, token: string) {
  return async (method: string, route: string, body?: unknown) => {
    const form = body instanceof FormData
    const res = await fetch(`${base}${route}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body && !form ? { "content-type": "application/json" } : {}) },
      body: form ? body : body ? JSON.stringify(body) : undefined,
    })
    if (!res.ok) throw new Error(`${method} ${route}: ${res.status} ${await res.text()}`)
    return res.json() as Promise<any>
  }
}

/** The publishable key of the running shop, from the database its launcher recorded. */
async function shopPublishableKey(): Promise<string> {
  const { dataDir } = configFromEnv(process.env)
  const services = JSON.parse(readFileSync(path.join(dataDir, "run", "services.json"), "utf8")) as { databaseUrl: string }
  const key = await publishableKey(services.databaseUrl)
  if (!key) throw new Error("The running shop has no publishable key: pass --key")
  return key
}

/** Milliseconds from `since` until `check` first answers true, polled every `everyMs`; Infinity past the limit. */
async function until(since: number, everyMs: number, check: () => Promise<boolean>): Promise<number> {
  while (performance.now() - since < POLL_LIMIT_MS) {
    if (await check().catch(() => false)) return performance.now() - since
    await new Promise((r) => setTimeout(r, everyMs))
  }
  return Infinity
}

export default async function main(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      url: { type: "string", default: "http://localhost:9000" },
      storefront: { type: "string", default: "http://localhost:8000" },
      listings: { type: "string", default: "20" },
      key: { type: "string" },
    },
  })
  const base = values.url!.replace(/\/$/, "")
  const shop = values.storefront!.replace(/\/$/, "")
  const key = values.key ?? (await shopPublishableKey())
  const exporter = client(base, await signIn(base, "exporter", DEMO_LOGINS.exporter))
  const operator = client(base, await signIn(base, "user", DEMO_LOGINS.admin))
  const { categories } = await exporter("GET", "/exporter/categories")
  const honey = (categories as { id: string; handle: string }[]).find((c) => c.handle === "honey")
  if (!honey) throw new Error("No honey category: is the catalog seeded?")

  const samples: { approve_ms: number; searchable_ms: number; product_page_ms: number; search_page_ms: number }[] = []
  const runTag = Date.now().toString(36)
  for (let i = 0; i < Number(values.listings); i++) {
    // A name no other product has, in characters the index segments as Chinese.
    const digits = "零一二三四五六七八九"
    const serial = `${runTag}${i}`
      .split("")
      .map((c) => digits[parseInt(c, 36) % 10])
      .join("")
    const title = `基准山花蜜${serial}号`
    const { product } = await exporter("POST", "/exporter/products", {
      content: {
        "zh-CN": { title, description: "扎阿明高山草甸的原蜜。" },
        en: { title: `Bench honey ${runTag}-${i}` },
        ru: { title: `Мёд ${runTag}-${i}` },
      },
      category_id: honey.id,
      options: [],
      variants: [{ title: "Default", sku: `APPROVE-${runTag}-${i}`, options: {}, price_cny: 88 }],
      trade: {
        origin_region: "jizzakh",
        manufacturer: "Bench apiary",
        hs_code: "0409000000",
        vat_rate: 9,
        stock_origin: "domestic",
        shelf_life_days: 730,
        storage: "Below 20 °C, out of the sun",
        allergens: ["pollen"],
        certificates: ["gacc"],
        gacc_registration_number: "CUZB12345678",
        indivisible: false,
        label_zh: `品名：${title}\n原产国：乌兹别克斯坦\n净含量：500克`,
      },
    })
    const photo = new FormData()
    photo.append("files", new Blob([new Uint8Array(png([212, 160, 23]))], { type: "image/png" }), "jar.png")
    await exporter("POST", `/exporter/products/${product.id}/images`, photo)
    await exporter("POST", `/exporter/products/${product.id}/submit`)

    const t0 = performance.now()
    await operator("POST", `/admin/listing-reviews/${product.id}/approve`)
    const approve_ms = performance.now() - t0
    const [searchable_ms, product_page_ms, search_page_ms] = await Promise.all([
      until(t0, 20, async () => {
        const res = await fetch(`${base}/store/search`, {
          method: "POST",
          headers: { "content-type": "application/json", "x-publishable-api-key": key, "x-medusa-locale": "zh-CN" },
          body: JSON.stringify({ entity: "product", fields: ["id", "handle"], filters: { q: title }, pagination: { take: 5 } }),
        })
        const { results } = (await res.json()) as { results: { hits: { id?: string; document?: { id?: string } }[] }[] }
        return (results[0]?.hits ?? []).some((h) => (h.document?.id ?? h.id) === product.id)
      }),
      until(t0, 100, async () => {
        const res = await fetch(`${shop}/zh-CN/products/${product.handle}`)
        return res.status === 200 && (await res.text()).includes(title)
      }),
      until(t0, 100, async () => {
        const res = await fetch(`${shop}/zh-CN/search?q=${encodeURIComponent(title)}`)
        return res.status === 200 && (await res.text()).includes(`data-handle="${product.handle}"`)
      }),
    ])
    samples.push({ approve_ms, searchable_ms, product_page_ms, search_page_ms })
    console.log(
      `  ${i + 1}: approve ${round(approve_ms)} ms, searchable ${round(searchable_ms)} ms, product page ${round(product_page_ms)} ms, search page ${round(search_page_ms)} ms`,
    )
  }

  const figures: Record<string, unknown> = { listings: samples.length, poll_interval_ms: { search_api: 20, storefront: 100 } }
  for (const field of ["approve_ms", "searchable_ms", "product_page_ms", "search_page_ms"] as const) {
    const sorted = samples.map((s) => s[field]).sort((a, b) => a - b)
    const within = sorted.filter(Number.isFinite)
    figures[field] = {
      p50: round(percentile(sorted, 50)),
      p95: round(percentile(sorted, 95)),
      max: round(sorted.at(-1)!),
      ...(within.length < sorted.length ? { over_limit: sorted.length - within.length, limit_ms: POLL_LIMIT_MS } : {}),
    }
  }
  console.log(JSON.stringify(figures, null, 2))
  saveResults("listing-approval", figures)
}
