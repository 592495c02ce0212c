/**
 * Home-page banners (1600×700): "hero" — a Registan-like skyline at sunset;
 * "campaign" — a suzani field of medallions and vines with a calm cartouche for
 * copy; "centre" — the road from Samarkand's domes to Guangzhou's tower and
 * exhibition hall, a Bactrian caravan in between.
 */

import { darken, isHexColor, lighten, mix, normalizeHex } from "./core/color"
import { createRng, type Rng } from "./core/prng"
import { UZ } from "./core/scene"
import { leafD } from "./core/shapes"
import { circle, d, Defs, ellipse, g, num, path, poly, rect, svgDocument, type Point } from "./core/svg"
import { archD, ikatLozenge, rosette, star8, zigzagD } from "./scene/ornaments"

export type BannerKind = "hero" | "campaign" | "centre"

const BANNER_WIDTH = 1600
const BANNER_HEIGHT = 700
const W = BANNER_WIDTH
const H = BANNER_HEIGHT

const DEFAULT_PALETTES: Record<BannerKind, string[]> = {
  hero: ["#1d4f91", "#f3c98b", "#2a9db5", "#c98a4e", "#f7f3ea"],
  campaign: ["#8e2131", "#e8b53c", "#f7f3ea", "#2a9db5", "#1d4f91"],
  centre: ["#f6d9b0", "#2a9db5", "#1d4f91", "#b52b38", "#c98a4e"],
}

/** The caller's palette over the default one, colour by colour; invalid entries are ignored. */
function paletteFor(kind: BannerKind, palette?: string[]): string[] {
  const base = DEFAULT_PALETTES[kind]
  return base.map((c, i) => (palette && palette[i] && isHexColor(palette[i]) ? normalizeHex(palette[i]) : c))
}

interface Ctx {
  defs: Defs
  rng: Rng
  p: string[]
  /** Brick and tile colours for architecture. */
  brick: string
  tile: string
}

// ── Architecture ────────────────────────────────────────────────────────────

/** A ribbed melon dome on a drum, with a finial. */
function ribbedDome(c: Ctx, cx: number, baseY: number, r: number, drumH: number): string {
  const turq = c.tile
  const top = baseY - drumH
  const dome = d(
    "M",
    cx - r,
    top,
    "C",
    cx - r * 1.15,
    top - r * 0.9,
    cx - r * 0.35,
    top - r * 1.45,
    cx,
    top - r * 1.55,
    "C",
    cx + r * 0.35,
    top - r * 1.45,
    cx + r * 1.15,
    top - r * 0.9,
    cx + r,
    top,
    "Z",
  )
  const ribs: string[] = []
  for (let i = 1; i < 8; i++) {
    const t = i / 8
    const x = cx - r + 2 * r * t
    ribs.push(d("M", x, top, "Q", cx + (x - cx) * 1.1, top - r * 1.1, cx, top - r * 1.52))
  }
  return g(
    {},
    rect(cx - r * 0.92, top, r * 1.84, drumH, { fill: darken(c.brick, 0.05) }),
    rect(cx - r * 0.92, top + drumH * 0.25, r * 1.84, drumH * 0.3, { fill: darken(turq, 0.15) }),
    path(dome, {
      fill: c.defs.linear(
        [
          { offset: 0, color: lighten(turq, 0.25) },
          { offset: 0.5, color: turq },
          { offset: 1, color: darken(turq, 0.35) },
        ],
        0,
        0,
        1,
        0,
      ),
    }),
    path(ribs.join(""), { stroke: darken(turq, 0.35), strokeWidth: 2, fill: "none", opacity: 0.7 }),
    path(d("M", cx, top - r * 1.55, "L", cx, top - r * 1.9), { stroke: "#d9b45a", strokeWidth: 4 }),
    circle(cx, top - r * 1.72, 5, { fill: "#d9b45a" }),
  )
}

function minaret(c: Ctx, x: number, groundY: number, h: number, w: number): string {
  const brick = c.brick
  const turq = c.tile
  const top = groundY - h
  const bands: string[] = []
  for (let y = groundY - h * 0.25; y > top + 40; y -= h * 0.18) bands.push(rect(x - w / 2, y, w, 10, { fill: turq }))
  return g(
    {},
    path(d("M", x - w / 2, groundY, "L", x - w * 0.4, top + 30, "L", x + w * 0.4, top + 30, "L", x + w / 2, groundY, "Z"), {
      fill: c.defs.linear(
        [
          { offset: 0, color: lighten(brick, 0.15) },
          { offset: 1, color: darken(brick, 0.25) },
        ],
        0,
        0,
        1,
        0,
      ),
    }),
    bands,
    rect(x - w * 0.62, top + 14, w * 1.24, 18, { fill: lighten(brick, 0.1) }),
    rect(x - w * 0.45, top, w * 0.9, 16, { fill: turq }),
    path(d("M", x - w * 0.45, top, "Q", x, top - w * 0.9, x + w * 0.45, top, "Z"), { fill: darken(turq, 0.1) }),
  )
}

/** A row of small pointed-arch niches (the two-storey hujra arcade of a madrasa). */
function arcade(c: Ctx, x0: number, x1: number, y: number, h: number, rows: number): string {
  const out: string[] = []
  const n = Math.max(1, Math.round((x1 - x0) / (h * 0.75)))
  const w = (x1 - x0) / n
  for (let r = 0; r < rows; r++) {
    for (let i = 0; i < n; i++) {
      out.push(path(archD(x0 + i * w + w * 0.15, y + r * h + h * 0.12, w * 0.7, h * 0.76), { fill: darken(c.brick, 0.35) }))
    }
  }
  return g({}, out)
}

/** A madrasa facade: wings with arcades, a tall pishtaq portal, corner minarets, optional domes. */
function madrasa(
  c: Ctx,
  x0: number,
  x1: number,
  groundY: number,
  wallH: number,
  portalH: number,
  domes: "twin" | "single" | "none",
): string {
  const brick = c.brick
  const turq = c.tile
  const cx = (x0 + x1) / 2
  const pw = (x1 - x0) * 0.42
  const wallTop = groundY - wallH
  const portalTop = groundY - portalH
  const parts: string[] = []
  const domeR = (x1 - x0) * 0.13
  if (domes === "twin") {
    parts.push(ribbedDome(c, x0 + (x1 - x0) * 0.18, wallTop + 4, domeR, 34), ribbedDome(c, x1 - (x1 - x0) * 0.18, wallTop + 4, domeR, 34))
  } else if (domes === "single") {
    parts.push(ribbedDome(c, x0 + (x1 - x0) * 0.2, wallTop + 4, domeR * 1.35, 50))
  }
  parts.push(rect(x0, wallTop, x1 - x0, wallH, { fill: brick }))
  parts.push(rect(x0, wallTop, x1 - x0, 12, { fill: turq }))
  parts.push(arcade(c, x0 + 20, cx - pw / 2 - 10, wallTop + 24, (wallH - 30) / 2, 2))
  parts.push(arcade(c, cx + pw / 2 + 10, x1 - 20, wallTop + 24, (wallH - 30) / 2, 2))
  // Pishtaq: frame, tile border, deep niche with a smaller arch door.
  parts.push(rect(cx - pw / 2, portalTop, pw, portalH, { fill: lighten(brick, 0.08) }))
  parts.push(rect(cx - pw / 2 + 10, portalTop + 10, pw - 20, portalH - 10, { fill: turq }))
  const tiles: string[] = []
  for (let y = portalTop + 24; y < groundY - 10; y += 26) {
    tiles.push(star8(cx - pw / 2 + 22, y, 8, lighten(turq, 0.5)), star8(cx + pw / 2 - 22, y, 8, lighten(turq, 0.5)))
  }
  for (let x = cx - pw / 2 + 48; x < cx + pw / 2 - 30; x += 26) tiles.push(star8(x, portalTop + 24, 8, lighten(turq, 0.5)))
  parts.push(g({}, tiles))
  parts.push(path(archD(cx - pw / 2 + 36, portalTop + 40, pw - 72, portalH - 40, 0.7), { fill: darken(brick, 0.25) }))
  parts.push(path(archD(cx - pw / 2 + 52, portalTop + 60, pw - 104, portalH - 60, 0.7), { fill: darken(turq, 0.35) }))
  parts.push(path(archD(cx - pw * 0.16, groundY - portalH * 0.4, pw * 0.32, portalH * 0.4, 0.7), { fill: darken(brick, 0.55) }))
  parts.push(minaret(c, x0 - 6, groundY, wallH + 150, 34), minaret(c, x1 + 6, groundY, wallH + 150, 34))
  return g({}, parts)
}

function poplar(x: number, groundY: number, h: number, color: string): string {
  return g(
    {},
    rect(x - 3, groundY - h * 0.2, 6, h * 0.2, { fill: darken(color, 0.4) }),
    ellipse(x, groundY - h * 0.58, h * 0.09, h * 0.45, { fill: color }),
    ellipse(x - h * 0.025, groundY - h * 0.62, h * 0.04, h * 0.35, { fill: lighten(color, 0.15), opacity: 0.6 }),
  )
}

function mountains(c: Ctx, baseY: number, amp: number, color: string, seed: number): string {
  const pts: Point[] = [[0, H]]
  const n = 14
  for (let i = 0; i <= n; i++) {
    pts.push([(i / n) * W, baseY - amp * (0.4 + 0.6 * Math.abs(Math.sin(i * 1.7 + seed))) - c.rng.range(0, amp * 0.2)])
  }
  pts.push([W, H])
  return path(poly(pts), { fill: color })
}

function ikatBorder(c: Ctx, y: number, h: number, colors: string[]): string {
  const out: string[] = [rect(0, y, W, h, { fill: colors[3] })]
  for (let x = 40; x < W + 80; x += 80) {
    out.push(path(ikatLozenge(x, y + h / 2, 70, h * 0.9, c.rng, 10), { fill: (x / 80) % 2 < 1 ? colors[0] : colors[1] }))
    out.push(path(ikatLozenge(x, y + h / 2, 26, h * 0.4, c.rng, 6), { fill: colors[2] }))
  }
  return g({}, out)
}

function hero(c: Ctx): string {
  const [sky, glow, , brick] = c.p
  const groundY = 590
  return g(
    {},
    rect(0, 0, W, H, {
      fill: c.defs.linear([
        { offset: 0, color: sky },
        { offset: 0.75, color: glow },
      ]),
    }),
    circle(820, 360, 260, {
      fill: c.defs.radial([
        { offset: 0, color: "#fff7e0", opacity: 0.9 },
        { offset: 0.35, color: "#fff1cc", opacity: 0.5 },
        { offset: 1, color: glow, opacity: 0 },
      ]),
    }),
    circle(820, 360, 95, { fill: "#fff3d6", opacity: 0.95 }),
    mountains(c, 470, 90, mix(sky, glow, 0.55), 1),
    mountains(c, 520, 60, mix(sky, glow, 0.35), 3),
    madrasa(c, 130, 560, groundY, 190, 300, "twin"),
    madrasa(c, 1040, 1470, groundY, 190, 300, "twin"),
    madrasa(c, 640, 960, groundY, 210, 290, "single"),
    [60, 96, 600, 1000, 1506, 1544].map((x, i) => poplar(x, groundY + 6, 200 + (i % 2) * 40, mix("#3f6b3a", sky, 0.2))),
    rect(0, groundY, W, H - groundY, {
      fill: c.defs.linear([
        { offset: 0, color: darken(brick, 0.1) },
        { offset: 1, color: darken(brick, 0.35) },
      ]),
    }),
    path(d("M", 0, groundY + 30, "L", W, groundY + 30), { stroke: lighten(brick, 0.2), strokeWidth: 3, opacity: 0.5 }),
    ikatBorder(c, H - 56, 56, [UZ.pomegranate, UZ.saffron, UZ.white, c.p[0]]),
  )
}

// ── Suzani field ────────────────────────────────────────────────────────────

function vine(c: Ctx, x0: number, y0: number, x1: number, y1: number, color: string, leaf: string): string {
  const mx = (x0 + x1) / 2 + c.rng.range(-60, 60),
    my = (y0 + y1) / 2 + c.rng.range(-60, 60)
  const leaves: string[] = []
  for (let t = 0.25; t < 0.8; t += 0.25) {
    const x = (1 - t) * (1 - t) * x0 + 2 * (1 - t) * t * mx + t * t * x1
    const y = (1 - t) * (1 - t) * y0 + 2 * (1 - t) * t * my + t * t * y1
    leaves.push(path(leafD(x, y, 46, 13, c.rng.range(0, 360)), { fill: leaf }))
  }
  return g({}, path(d("M", x0, y0, "Q", mx, my, x1, y1), { stroke: color, strokeWidth: 5, fill: "none", strokeLinecap: "round" }), leaves)
}

function pomegranate(cx: number, cy: number, r: number, color: string, crown: string): string {
  return g(
    {},
    circle(cx, cy, r, { fill: color }),
    path(
      d(
        "M",
        cx - r * 0.35,
        cy - r * 0.85,
        "L",
        cx - r * 0.25,
        cy - r * 1.3,
        "L",
        cx - r * 0.08,
        cy - r * 1.05,
        "L",
        cx,
        cy - r * 1.35,
        "L",
        cx + r * 0.08,
        cy - r * 1.05,
        "L",
        cx + r * 0.25,
        cy - r * 1.3,
        "L",
        cx + r * 0.35,
        cy - r * 0.85,
        "Z",
      ),
      { fill: color },
    ),
    circle(cx, cy, r * 0.55, { fill: crown }),
    [0, 1, 2, 3, 4, 5].map((i) => circle(cx + Math.cos(i) * r * 0.3, cy + Math.sin(i) * r * 0.3, r * 0.1, { fill: color })),
  )
}

function campaign(c: Ctx): string {
  const [ground, gold, cream, turq, blue] = c.p
  const parts: string[] = [rect(0, 0, W, H, { fill: ground })]
  const centres: Point[] = []
  for (let row = 0; row < 3; row++) for (let col = 0; col < 6; col++) centres.push([col * 300 + (row % 2) * 150 + 60, row * 260 + 90])
  for (const [x, y] of centres) {
    const [nx, ny] = [x + 150 + c.rng.range(-20, 20), y + 130 + c.rng.range(-20, 20)]
    parts.push(vine(c, x, y, nx, ny, darken(gold, 0.15), mix(turq, ground, 0.2)))
  }
  centres.forEach(([x, y], i) => {
    const palettes = [
      { ground: cream, petals: ground, inner: gold, heart: blue, dots: ground },
      { ground: gold, petals: cream, inner: ground, heart: cream, dots: blue },
      { ground: turq, petals: cream, inner: blue, heart: gold, dots: cream },
    ]
    parts.push(rosette(x, y, c.rng.range(78, 104), c.rng.pick([10, 12, 14]), palettes[i % 3], c.rng))
  })
  for (let i = 0; i < 8; i++)
    parts.push(pomegranate(c.rng.range(80, W - 80), c.rng.range(60, H - 60), c.rng.range(22, 30), lighten(ground, 0.25), gold))
  // A calm arched cartouche for headline copy.
  parts.push(path(archD(150, 70, 520, 560, 0.72), { fill: darken(ground, 0.35), opacity: 0.35, transform: "translate(10 12)" }))
  parts.push(path(archD(150, 70, 520, 560, 0.72), { fill: cream, opacity: 0.94 }))
  parts.push(path(archD(170, 92, 480, 518, 0.72), { fill: "none", stroke: gold, strokeWidth: 4 }))
  parts.push(
    path(archD(182, 106, 456, 492, 0.72), { fill: "none", stroke: ground, strokeWidth: 2, strokeDasharray: "2 9", strokeLinecap: "round" }),
  )
  parts.push(path(zigzagD(0, W, 8, 24, 80), { stroke: gold, strokeWidth: 4, fill: "none" }))
  parts.push(path(zigzagD(0, W, H - 8, H - 24, 80), { stroke: gold, strokeWidth: 4, fill: "none" }))
  return g({}, parts)
}

// ── Samarkand → Guangzhou ──────────────────────────────────────────────────

/** A Bactrian camel facing right, carrying ikat-wrapped bales; local size ≈ 126×80. */
const CAMEL_D = d(
  "M",
  0,
  40,
  "C",
  5,
  25,
  15,
  20,
  25,
  20,
  "C",
  30,
  0,
  45,
  0,
  50,
  18,
  "C",
  55,
  0,
  72,
  0,
  76,
  20,
  "C",
  85,
  22,
  92,
  25,
  96,
  30,
  "C",
  104,
  20,
  106,
  6,
  110,
  0,
  "L",
  122,
  2,
  "L",
  126,
  10,
  "L",
  116,
  11,
  "C",
  112,
  22,
  108,
  40,
  100,
  48,
  "L",
  99,
  80,
  "L",
  94,
  80,
  "L",
  92,
  54,
  "L",
  87,
  54,
  "L",
  86,
  80,
  "L",
  81,
  80,
  "L",
  79,
  54,
  "C",
  60,
  58,
  40,
  58,
  29,
  53,
  "L",
  28,
  80,
  "L",
  23,
  80,
  "L",
  20,
  52,
  "L",
  15,
  52,
  "L",
  13,
  80,
  "L",
  8,
  80,
  "L",
  6,
  47,
  "C",
  2,
  46,
  0,
  44,
  0,
  40,
  "Z",
)

function camel(x: number, y: number, k: number, color: string, bale: string): string {
  return g(
    { transform: `translate(${num(x)} ${num(y)}) scale(${num(k)})` },
    path(CAMEL_D, { fill: color }),
    rect(46, 8, 14, 26, { rx: 4, fill: bale }),
    path(d("M", 0, 40, "q", -8, 6, -6, 18), { stroke: color, strokeWidth: 3, fill: "none" }),
  )
}

/** Canton Tower: a twisted hyperboloid lattice with a mast. */
function cantonTower(c: Ctx, cx: number, groundY: number, h: number): string {
  const top = groundY - h
  const rb = 70,
    rt = 44,
    rw = 22
  const lines: string[] = []
  const n = 18
  for (let i = 0; i < n; i++) {
    const a = (i / n) * Math.PI * 2
    const b = a + Math.PI * 0.9
    const x0 = cx + Math.cos(a) * rb,
      x1 = cx + Math.cos(b) * rt
    const xm = cx + Math.cos((a + b) / 2) * rw * 0.9
    lines.push(d("M", x0, groundY, "Q", xm, groundY - h * 0.55, x1, top))
  }
  const rings: string[] = []
  for (let t = 0.1; t < 1; t += 0.08) {
    const y = groundY - h * t
    const r = rw + (rb - rw) * Math.pow(Math.abs(t - 0.62) / 0.62, 1.6) * (t < 0.62 ? 1 : ((rt - rw) / (rb - rw)) * 1.6)
    rings.push(d("M", cx - r, y, "L", cx + r, y))
  }
  return g(
    {},
    path(
      d(
        "M",
        cx - rb,
        groundY,
        "Q",
        cx - rw * 0.8,
        groundY - h * 0.6,
        cx - rt,
        top,
        "L",
        cx + rt,
        top,
        "Q",
        cx + rw * 0.8,
        groundY - h * 0.6,
        cx + rb,
        groundY,
        "Z",
      ),
      { fill: c.p[2], opacity: 0.25 },
    ),
    path(lines.join(""), { stroke: c.p[2], strokeWidth: 2.5, fill: "none" }),
    path(rings.join(""), { stroke: c.p[2], strokeWidth: 2, opacity: 0.7 }),
    rect(cx - 4, top - 110, 8, 110, { fill: c.p[2] }),
    rect(cx - 10, top - 20, 20, 20, { fill: c.p[2] }),
    circle(cx, top - 110, 5, { fill: c.p[3] }),
  )
}

/** A long exhibition hall with a flowing roof and glass bays. */
function exhibitionHall(c: Ctx, x0: number, x1: number, groundY: number): string {
  const roof = d(
    "M",
    x0,
    groundY - 80,
    "C",
    x0 + 120,
    groundY - 150,
    x0 + 260,
    groundY - 60,
    (x0 + x1) / 2,
    groundY - 120,
    "C",
    x1 - 200,
    groundY - 170,
    x1 - 80,
    groundY - 90,
    x1,
    groundY - 110,
    "L",
    x1,
    groundY - 96,
    "C",
    x1 - 90,
    groundY - 76,
    x1 - 200,
    groundY - 150,
    (x0 + x1) / 2,
    groundY - 104,
    "C",
    x0 + 260,
    groundY - 46,
    x0 + 120,
    groundY - 134,
    x0,
    groundY - 66,
    "Z",
  )
  const bays: string[] = []
  for (let x = x0 + 20; x < x1 - 10; x += 34) bays.push(rect(x, groundY - 70, 26, 70, { fill: lighten(c.p[2], 0.55) }))
  return g({}, rect(x0 + 6, groundY - 78, x1 - x0 - 12, 78, { fill: lighten(c.p[2], 0.2) }), bays, path(roof, { fill: c.p[2] }))
}

function centre(c: Ctx): string {
  const [sky, , blue, red, sand] = c.p
  const groundY = 560
  const dune = (y: number, color: string, phase: number) => {
    const pts: (string | number)[] = ["M", 0, H, "L", 0, y]
    for (let x = 0; x <= W; x += 200) pts.push("Q", x + 100, y - 40 * Math.sin(x / 300 + phase) - 20, x + 200, y)
    pts.push("L", W, H, "Z")
    return path(d(...pts), { fill: color })
  }
  const route = d("M", 380, 600, "C", 600, 520, 900, 660, 1180, 560)
  return g(
    {},
    rect(0, 0, W, H, {
      fill: c.defs.linear([
        { offset: 0, color: lighten(blue, 0.75) },
        { offset: 1, color: sky },
      ]),
    }),
    circle(1280, 170, 70, { fill: "#fff6e0", opacity: 0.9 }),
    mountains(c, 470, 70, mix(sky, blue, 0.2), 2),
    g({ transform: "translate(60 0) scale(0.8) translate(0 140)" }, madrasa(c, 120, 470, groundY, 170, 270, "single")),
    exhibitionHall(c, 1000, 1560, groundY + 10),
    cantonTower(c, 1300, groundY + 10, 360),
    dune(groundY + 10, lighten(sand, 0.3), 0.5),
    dune(groundY + 60, lighten(sand, 0.1), 2),
    path(route, { stroke: red, strokeWidth: 5, fill: "none", strokeDasharray: "4 14", strokeLinecap: "round" }),
    [520, 640, 760].map((x, i) => camel(x, 520 + i * 6, 0.9, darken(sand, 0.45), [UZ.pomegranate, UZ.cobalt, UZ.saffron][i])),
    ikatBorder(c, H - 40, 40, [red, UZ.saffron, UZ.white, blue]),
  )
}

export function renderBannerSvg(kind: BannerKind, key: string, palette?: string[]): string {
  const draw = { hero, campaign, centre }[kind]
  if (!draw) throw new Error(`Unknown banner kind "${kind}"`)
  const p = paletteFor(kind, palette)
  const architecture = kind === "centre" ? { brick: p[4], tile: p[1] } : { brick: p[3], tile: p[2] }
  const c: Ctx = { defs: new Defs("b"), rng: createRng(`banner|${kind}|${key}`), p, ...architecture }
  const body = draw(c)
  return svgDocument(W, H, c.defs, body)
}
