/**
 * Contact sheet of every motif in a few colours and variants, for looking at:
 *   npx tsx seed/src/images/preview.ts [motif ...]
 * Writes /tmp/bozor-images/contact.png (+ one PNG per tile under tiles/),
 * logos.png and banners.png.
 */

import { mkdirSync } from "node:fs"
import sharp from "sharp"
import type { ImageMotif, ProductImageSpec } from "../catalog-types"
import { IMAGE_MOTIFS, renderBannerSvg, renderLogoSvg, renderProductSvg } from "./index"

const OUT = "/tmp/bozor-images"
const TILE = 300

const SAMPLE_COLORS: Record<ImageMotif, string[]> = {
  apricot: ["#f29a2e", "#c8742a", "#e8b04a"],
  raisin: ["#c8902a", "#4a2a3a", "#7a8a3a"],
  prune: ["#3b1f33", "#4a2438", "#2e1a2a"],
  melon: ["#e8c26a", "#f0d07a", "#d9a850"],
  fig: ["#b58a5a", "#c9a070", "#8a6040"],
  mulberry: ["#dcc7a0", "#3a2030", "#e8d8b8"],
  cherry: ["#9e1b32", "#7a1020", "#b8283a"],
  walnut: ["#b98a55", "#a07040", "#c8a070"],
  almond: ["#a8683a", "#b87848", "#8e5a30"],
  pistachio: ["#8fb84a", "#a0c060", "#7aa040"],
  apricot_kernel: ["#c79a6b", "#b88a5a", "#d4aa7a"],
  honey: ["#e0a020", "#c87a10", "#f0c040"],
  qurt: ["#efe6d2", "#e8a070", "#d8c8a0"],
  suzma: ["#f6f1e6", "#f0ead8", "#faf6ee"],
  butter: ["#f3dc8a", "#f0d070", "#f6e4a0"],
  shoe: ["#6b3a1e", "#2a1a14", "#a0582a"],
  boot: ["#4a2a18", "#1e1a18", "#8a5a30"],
  sandal: ["#b07040", "#6a3a20", "#c89060"],
  bag: ["#8a4a24", "#2a2a2a", "#b8743a"],
  belt: ["#5a3420", "#1e1814", "#8a5030"],
  wallet: ["#7a4424", "#3a2418", "#a86a3a"],
  gift_box: ["#b52b38", "#1d4f91", "#2a7a6a"],
}

const BACKGROUNDS = ["#f6ead8", "#e3eef0", "#f3e1dc", "#e9ecdf", "#efe6f2", "#f4efe2"]

async function main() {
  mkdirSync(`${OUT}/tiles`, { recursive: true })
  const wanted = process.argv.slice(2) as ImageMotif[]
  const motifs = wanted.length ? wanted : IMAGE_MOTIFS
  const tiles: { input: Buffer; left: number; top: number }[] = []
  const perRow = 6
  let i = 0
  const started = Date.now()
  for (const motif of motifs) {
    for (let k = 0; k < 3; k++) {
      const spec: ProductImageSpec = {
        motif,
        color: SAMPLE_COLORS[motif][k],
        background: BACKGROUNDS[(i + k) % BACKGROUNDS.length],
        variant: (k * 3 + i) % 10,
      }
      const svg = renderProductSvg(spec, `${motif}-sample-${k}`)
      const big = await sharp(Buffer.from(svg)).resize(600, 600).png().toBuffer()
      await sharp(big).toFile(`${OUT}/tiles/${motif}-${k}.png`)
      const input = await sharp(big).resize(TILE, TILE).png().toBuffer()
      const n = tiles.length
      tiles.push({ input, left: (n % perRow) * TILE, top: Math.floor(n / perRow) * TILE })
    }
    i++
  }
  const rows = Math.ceil(tiles.length / perRow)
  await sharp({ create: { width: perRow * TILE, height: rows * TILE, channels: 3, background: "#ffffff" } })
    .composite(tiles)
    .png()
    .toFile(`${OUT}/contact.png`)
  console.log(`${tiles.length} tiles in ${Date.now() - started} ms → ${OUT}/contact.png`)
  if (!wanted.length) {
    await logoSheet()
    await bannerSheet()
  }
}

const SAMPLE_EXPORTERS: [string, string][] = [
  ["Fergana Golden Valley LLC", "#d9822b"],
  ["Samarkand Silk Leather", "#6b3a1e"],
  ["Bukhara Honey House", "#c8901a"],
  ["Andijan Nuts & Co", "#4d7a32"],
  ["Oʻzbek Qurt", "#1d4f91"],
  ["Khorezm Melon Farms", "#2a9db5"],
  ["Rishtan Gifts", "#8e2131"],
  ["Намангáн", "#5a4a8a"],
]

async function logoSheet() {
  const T = 256
  const tiles = await Promise.all(
    SAMPLE_EXPORTERS.map(async ([name, color], i) => ({
      input: await sharp(Buffer.from(renderLogoSvg(name, color, name.toLowerCase())))
        .resize(T, T)
        .png()
        .toBuffer(),
      left: (i % 4) * T,
      top: Math.floor(i / 4) * T,
    })),
  )
  await sharp({ create: { width: 4 * T, height: 2 * T, channels: 3, background: "#ffffff" } })
    .composite(tiles)
    .png()
    .toFile(`${OUT}/logos.png`)
  console.log(`→ ${OUT}/logos.png`)
}

async function bannerSheet() {
  const kinds = ["hero", "campaign", "centre"] as const
  const tiles = await Promise.all(
    kinds.map(async (kind, i) => ({
      input: await sharp(Buffer.from(renderBannerSvg(kind, `home-${kind}`)))
        .resize(800, 350)
        .png()
        .toBuffer(),
      left: 0,
      top: i * 350,
    })),
  )
  await sharp({ create: { width: 800, height: 3 * 350, channels: 3, background: "#ffffff" } })
    .composite(tiles)
    .png()
    .toFile(`${OUT}/banners.png`)
  for (const kind of kinds)
    await sharp(Buffer.from(renderBannerSvg(kind, `home-${kind}`)))
      .png()
      .toFile(`${OUT}/banner-${kind}.png`)
  console.log(`→ ${OUT}/banners.png`)
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
