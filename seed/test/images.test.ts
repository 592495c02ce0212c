import { describe, expect, it } from "vitest"
import sharp from "sharp"
import type { ImageMotif, ProductImageSpec } from "../src/catalog-types"
import {
  IMAGE_MOTIFS,
  renderBanner,
  renderBannerSvg,
  renderExporterLogo,
  renderLogoSvg,
  renderProductImage,
  renderProductSvg,
} from "../src/images"

/** Every ImageMotif, typed so that adding a motif to the union without listing it here fails to compile. */
const ALL_MOTIFS: Record<ImageMotif, string> = {
  apricot: "#f29a2e",
  raisin: "#c8902a",
  prune: "#3b1f33",
  melon: "#e8c26a",
  fig: "#b58a5a",
  mulberry: "#dcc7a0",
  cherry: "#9e1b32",
  walnut: "#b98a55",
  almond: "#a8683a",
  pistachio: "#8fb84a",
  apricot_kernel: "#c79a6b",
  honey: "#e0a020",
  qurt: "#efe6d2",
  suzma: "#f6f1e6",
  butter: "#f3dc8a",
  shoe: "#6b3a1e",
  boot: "#4a2a18",
  sandal: "#b07040",
  bag: "#8a4a24",
  belt: "#5a3420",
  wallet: "#7a4424",
  gift_box: "#b52b38",
}

const motifs = Object.keys(ALL_MOTIFS) as ImageMotif[]
const spec = (motif: ImageMotif, over: Partial<ProductImageSpec> = {}): ProductImageSpec => ({
  motif,
  color: ALL_MOTIFS[motif],
  background: "#f6ead8",
  variant: 3,
  ...over,
})

/** Structural checks on generated SVG: balanced tags, no NaN/undefined, every url(#id) defined. */
function expectWellFormedSvg(svg: string, width: number, height: number) {
  expect(svg.startsWith(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"`)).toBe(true)
  expect(svg.endsWith("</svg>")).toBe(true)
  for (const bad of ["NaN", "undefined", "Infinity", "null", "[object"]) expect(svg).not.toContain(bad)
  expect(svg).not.toMatch(/<text\b/)
  const stack: string[] = []
  for (const m of svg.matchAll(/<(\/?)([a-zA-Z]+)\b[^>]*?(\/?)>/g)) {
    const [, closing, name, selfClosing] = m
    if (selfClosing) continue
    if (closing) expect(stack.pop()).toBe(name)
    else stack.push(name)
  }
  expect(stack).toEqual([])
  const ids = new Set([...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]))
  for (const m of svg.matchAll(/url\(#([^)]+)\)/g)) expect(ids.has(m[1])).toBe(true)
}

async function expectWebp(buf: Buffer, width: number, height: number) {
  const meta = await sharp(buf).metadata()
  expect(meta.format).toBe("webp")
  expect(meta.width).toBe(width)
  expect(meta.height).toBe(height)
}

describe("product images", () => {
  it("draws a gift box's contents: jars of honey for a honey box, heaps of the named fruit and nuts otherwise", () => {
    const drawn = (svg: string) => [...svg.matchAll(/data-content="([a-z_]+)"/g)].map((m) => m[1])
    const honey = renderProductSvg(spec("gift_box", { contents: ["honey", "honey", "honey"] }), "test-honey-box")
    expect(drawn(honey)).toEqual(["honey", "honey", "honey"])
    const nuts = renderProductSvg(spec("gift_box", { contents: ["walnut", "almond", "pistachio"] }), "test-nut-box")
    expect(drawn(nuts)).toEqual(["walnut", "almond", "pistachio", "walnut", "almond", "pistachio"])
    expectWellFormedSvg(honey, 1200, 1200)
  })

  it("has a drawing for every ImageMotif", () => {
    expect([...IMAGE_MOTIFS].sort()).toEqual([...motifs].sort())
  })

  it.each(motifs)("renders %s as a 1200×1200 WebP", async (motif) => {
    const buf = await renderProductImage(spec(motif), `test-${motif}`)
    await expectWebp(buf, 1200, 1200)
    expect(buf.length).toBeGreaterThan(10_000)
  })

  it.each(motifs)("draws well-formed SVG for %s in every variant", (motif) => {
    for (let variant = 0; variant <= 9; variant++) {
      expectWellFormedSvg(renderProductSvg(spec(motif, { variant }), `svg-${motif}-${variant}`), 1200, 1200)
    }
  })

  it("is deterministic: same spec and key give identical bytes", async () => {
    for (const motif of ["apricot", "shoe", "gift_box"] as ImageMotif[]) {
      const a = await renderProductImage(spec(motif), "same-key")
      const b = await renderProductImage(spec(motif), "same-key")
      expect(a.equals(b)).toBe(true)
    }
  })

  // Draws every motif five times: seconds of CPU on a busy machine, well past vitest's 5 s default.
  it("varies with the key, the colours and the variant", { timeout: 60_000 }, async () => {
    for (const motif of motifs) {
      const base = renderProductSvg(spec(motif), "key-a")
      expect(renderProductSvg(spec(motif), "key-b")).not.toBe(base)
      expect(renderProductSvg(spec(motif, { color: "#3366aa" }), "key-a")).not.toBe(base)
      expect(renderProductSvg(spec(motif, { background: "#e3eef0" }), "key-a")).not.toBe(base)
      expect(renderProductSvg(spec(motif, { variant: 4 }), "key-a")).not.toBe(base)
    }
    const a = await renderProductImage(spec("walnut"), "walnuts-250g")
    const b = await renderProductImage(spec("walnut"), "walnuts-1kg")
    expect(a.equals(b)).toBe(false)
  })

  it("accepts short hex, clamps odd variants and rejects bad colours", () => {
    expectWellFormedSvg(renderProductSvg(spec("honey", { color: "#fa0", variant: 42 }), "k"), 1200, 1200)
    expectWellFormedSvg(renderProductSvg(spec("honey", { variant: -3.7 }), "k"), 1200, 1200)
    expect(() => renderProductSvg(spec("honey", { color: "golden" }), "k")).toThrow(/hex/)
  })
})

describe("exporter logos", () => {
  it("renders a 512×512 WebP emblem, deterministically", async () => {
    const a = await renderExporterLogo("Fergana Golden Valley LLC", "#d9822b", "fergana-golden-valley")
    await expectWebp(a, 512, 512)
    const b = await renderExporterLogo("Fergana Golden Valley LLC", "#d9822b", "fergana-golden-valley")
    expect(a.equals(b)).toBe(true)
  })

  it("differs between exporters and colours, and never needs fonts", () => {
    const a = renderLogoSvg("Fergana Golden Valley", "#d9822b", "a")
    expectWellFormedSvg(a, 512, 512)
    expect(renderLogoSvg("Samarkand Silk Leather", "#d9822b", "b")).not.toBe(a)
    expect(renderLogoSvg("Fergana Golden Valley", "#1d4f91", "a")).not.toBe(a)
    expectWellFormedSvg(renderLogoSvg("Фергана", "#1d4f91", "cyr"), 512, 512)
  })
})

describe("banners", () => {
  it.each(["hero", "campaign", "centre"] as const)("renders the %s banner at 1600×700", async (kind) => {
    const buf = await renderBanner(kind, `home-${kind}`)
    await expectWebp(buf, 1600, 700)
    expectWellFormedSvg(renderBannerSvg(kind, `home-${kind}`), 1600, 700)
    expect(renderBannerSvg(kind, `home-${kind}`, ["#224466", "#ffcc88"])).not.toBe(renderBannerSvg(kind, `home-${kind}`))
    expect((await renderBanner(kind, `home-${kind}`)).equals(buf)).toBe(true)
  })
})
