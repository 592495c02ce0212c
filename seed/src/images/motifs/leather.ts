/**
 * Leather goods: a tote / satchel / handbag, a coiled belt with its buckle end,
 * and a pair of wallets (one open with cards, one closed with a stamped
 * medallion).
 */

import { darken, lighten, mix } from "../core/color"
import type { Rng } from "../core/prng"
import { UZ, type Scene } from "../core/scene"
import { softShadow } from "../core/shading"
import { circle, d, ellipse, g, num, path, rect, type Point } from "../core/svg"
import { ikatCloth } from "../scene/backdrop"
import { rosette, star8 } from "../scene/ornaments"
import { leatherOf } from "./footwear"
import type { MotifTable } from "./types"

type L = ReturnType<typeof leatherOf>

const stitchStyle = (L: L, width = 2.5) => ({ stroke: L.stitch, strokeWidth: width, strokeDasharray: "8 6", fill: "none", opacity: 0.9 })

function leatherPanel(s: Scene, L: L): string {
  return s.defs.linear(
    [
      { offset: 0, color: darken(L.base, 0.12) },
      { offset: 0.3, color: L.light },
      { offset: 0.6, color: L.base },
      { offset: 1, color: L.dark },
    ],
    0,
    0,
    1,
    0.3,
  )
}

function metal(s: Scene): string {
  return s.defs.linear(
    [
      { offset: 0, color: "#fff3c8" },
      { offset: 0.45, color: "#d6b25e" },
      { offset: 1, color: "#8a6a2a" },
    ],
    0,
    0,
    1,
    1,
  )
}

// ── Bags ────────────────────────────────────────────────────────────────────

type BagStyle = "tote" | "satchel" | "handbag"

interface Box {
  x: number
  y: number
  w: number
  h: number
}

function bagBodyD({ x, y, w, h }: Box, taper: number, r: number): string {
  return d(
    "M",
    x - taper,
    y,
    "L",
    x + w + taper,
    y,
    "L",
    x + w,
    y + h - r,
    "Q",
    x + w,
    y + h,
    x + w - r,
    y + h,
    "L",
    x + r,
    y + h,
    "Q",
    x,
    y + h,
    x,
    y + h - r,
    "Z",
  )
}

function handle(L: L, x0: number, x1: number, y: number, rise: number, width: number): string {
  const arc = d("M", x0, y, "C", x0, y - rise * 1.3, x1, y - rise * 1.3, x1, y)
  return g(
    {},
    path(arc, { stroke: L.deep, strokeWidth: width + 5, fill: "none", strokeLinecap: "round" }),
    path(arc, { stroke: L.base, strokeWidth: width, fill: "none", strokeLinecap: "round" }),
    path(arc, {
      stroke: L.light,
      strokeWidth: width * 0.3,
      fill: "none",
      strokeLinecap: "round",
      opacity: 0.5,
      transform: "translate(-2 -3)",
    }),
  )
}

function ikatInset(s: Scene, b: Box, rng: Rng): string {
  const colors = rng.pick([
    [UZ.pomegranate, UZ.saffron, UZ.cobalt, UZ.white],
    [UZ.turquoise, UZ.madder, UZ.saffron, UZ.white],
    [UZ.cobalt, UZ.ochre, UZ.leaf, UZ.cream],
  ])
  return ikatCloth(s, b.x, b.y, b.w, b.h, colors, 0.08)
}

function tote(s: Scene, L: L, rng: Rng): string {
  const body: Box = { x: 330, y: 430, w: 540, h: 480 }
  const outline = bagBodyD(body, 30, 40)
  const clip = s.defs.clip(path(outline))
  const panel: Box = { x: body.x + 60, y: body.y + 150, w: body.w - 120, h: 200 }
  return g(
    {},
    handle(L, 420, 780, 440, 220, 30),
    softShadow(s, 620, 912, 360, 40, 0.6),
    path(
      d(
        "M",
        body.x + body.w + 30,
        body.y,
        "L",
        body.x + body.w + 80,
        body.y + 30,
        "L",
        body.x + body.w + 60,
        body.y + body.h - 20,
        "L",
        body.x + body.w,
        body.y + body.h - 10,
        "Z",
      ),
      { fill: L.dark },
    ),
    path(outline, { fill: leatherPanel(s, L), stroke: L.deep, strokeWidth: 3 }),
    g(
      { clipPath: clip },
      g({}, ikatInset(s, panel, rng)),
      rect(panel.x, panel.y, panel.w, panel.h, { fill: "none", stroke: L.deep, strokeWidth: 10 }),
      rect(panel.x - 12, panel.y - 12, panel.w + 24, panel.h + 24, stitchStyle(L)),
      rect(body.x - 40, body.y + body.h - 70, body.w + 80, 80, { fill: L.dark, opacity: 0.6 }),
    ),
    path(d("M", body.x - 16, body.y + 22, "L", body.x + body.w + 16, body.y + 22), stitchStyle(L)),
    path(d("M", body.x + 4, body.y + body.h - 78, "L", body.x + body.w - 4, body.y + body.h - 78), stitchStyle(L)),
    handle(L, 430, 770, 446, 190, 30),
    tabs(s, L, [430, 770], 446),
  )
}

function tabs(s: Scene, L: L, xs: number[], y: number): string {
  return g(
    {},
    xs.map((x) =>
      g(
        {},
        rect(x - 26, y - 12, 52, 70, { rx: 8, fill: L.base, stroke: L.deep, strokeWidth: 2.5 }),
        rect(x - 18, y - 4, 36, 54, { rx: 5, ...stitchStyle(L, 2) }),
        circle(x, y + 6, 7, { fill: metal(s) }),
      ),
    ),
  )
}

function satchel(s: Scene, L: L, rng: Rng): string {
  const body: Box = { x: 300, y: 500, w: 600, h: 400 }
  const outline = bagBodyD(body, 0, 60)
  const flap = d(
    "M",
    body.x - 6,
    body.y - 6,
    "L",
    body.x + body.w + 6,
    body.y - 6,
    "L",
    body.x + body.w + 6,
    body.y + 200,
    "Q",
    body.x + body.w / 2,
    body.y + 290,
    body.x - 6,
    body.y + 200,
    "Z",
  )
  const strap = d("M", body.x + 20, body.y + 20, "C", body.x + 40, 150, body.x + body.w - 40, 150, body.x + body.w - 20, body.y + 20)
  const medallion = rosette(
    600,
    body.y + 150,
    60,
    10,
    { ground: L.dark, petals: L.light, inner: L.base, heart: L.dark, dots: L.stitch },
    rng,
  )
  return g(
    {},
    path(strap, { stroke: L.deep, strokeWidth: 32, fill: "none" }),
    path(strap, { stroke: L.base, strokeWidth: 26, fill: "none" }),
    path(strap, { ...stitchStyle(L, 2), strokeDasharray: "6 6" }),
    softShadow(s, 620, 902, 380, 40, 0.6),
    path(outline, { fill: leatherPanel(s, L), stroke: L.deep, strokeWidth: 3 }),
    path(d("M", body.x + 20, body.y + body.h - 30, "L", body.x + body.w - 20, body.y + body.h - 30), stitchStyle(L)),
    path(flap, {
      fill: s.defs.linear([
        { offset: 0, color: L.light },
        { offset: 1, color: L.base },
      ]),
      stroke: L.deep,
      strokeWidth: 3,
    }),
    path(
      d(
        "M",
        body.x + 14,
        body.y + 6,
        "L",
        body.x + 14,
        body.y + 196,
        "Q",
        body.x + body.w / 2,
        body.y + 276,
        body.x + body.w - 14,
        body.y + 196,
        "L",
        body.x + body.w - 14,
        body.y + 6,
      ),
      stitchStyle(L),
    ),
    g({ opacity: 0.9 }, medallion),
    rect(575, body.y + 235, 50, 70, { rx: 8, fill: "none", stroke: metal(s), strokeWidth: 10 }),
    rect(594, body.y + 250, 12, 120, { rx: 6, fill: L.dark }),
  )
}

function handbag(s: Scene, L: L, rng: Rng): string {
  const cx = 600,
    top = 520,
    bottom = 900,
    w = 560
  const outline = d(
    "M",
    cx - w * 0.36,
    top,
    "L",
    cx + w * 0.36,
    top,
    "C",
    cx + w * 0.5,
    top + 60,
    cx + w * 0.55,
    bottom - 80,
    cx + w * 0.5,
    bottom,
    "L",
    cx - w * 0.5,
    bottom,
    "C",
    cx - w * 0.55,
    bottom - 80,
    cx - w * 0.5,
    top + 60,
    cx - w * 0.36,
    top,
    "Z",
  )
  const frame = d("M", cx - w * 0.37, top + 4, "L", cx + w * 0.37, top + 4)
  const clip = s.defs.clip(path(outline))
  const band: Box = { x: cx - w / 2 - 20, y: top + 170, w: w + 40, h: 90 }
  return g(
    {},
    handle(L, cx - 120, cx + 120, top + 6, 150, 24),
    softShadow(s, cx + 20, bottom + 2, w * 0.62, 40, 0.6),
    path(outline, { fill: leatherPanel(s, L), stroke: L.deep, strokeWidth: 3 }),
    g(
      { clipPath: clip },
      ikatInset(s, band, rng),
      rect(band.x, band.y - 6, band.w, 6, { fill: L.deep }),
      rect(band.x, band.y + band.h, band.w, 6, { fill: L.deep }),
    ),
    path(frame, { stroke: metal(s), strokeWidth: 16, strokeLinecap: "round" }),
    circle(cx - 18, top - 10, 13, { fill: metal(s) }),
    circle(cx + 18, top - 10, 13, { fill: metal(s) }),
    path(d("M", cx - w * 0.47, bottom - 24, "L", cx + w * 0.47, bottom - 24), stitchStyle(L)),
  )
}

// ── Belt ────────────────────────────────────────────────────────────────────

/** A belt rolled into a coil (seen from above at an angle), its buckle end lying out in front. */
function coiledBelt(s: Scene, L: L, rng: Rng): string {
  const cx = 560,
    cy = 600,
    H = 95,
    k = 0.42
  const rings = 6
  const outer = 290,
    inner = 110
  const parts: string[] = []
  parts.push(softShadow(s, cx + 40, cy + H + 30, outer * 1.15, outer * k * 1.1, 0.55))
  const face = d(
    "M",
    cx - outer,
    cy,
    "L",
    cx - outer,
    cy + H,
    "A",
    outer,
    outer * k,
    0,
    0,
    0,
    cx + outer,
    cy + H,
    "L",
    cx + outer,
    cy,
    "A",
    outer,
    outer * k,
    0,
    0,
    1,
    cx - outer,
    cy,
    "Z",
  )
  parts.push(
    path(face, {
      fill: s.defs.linear(
        [
          { offset: 0, color: L.dark },
          { offset: 0.3, color: L.light },
          { offset: 0.55, color: L.base },
          { offset: 1, color: L.deep },
        ],
        0,
        0,
        1,
        0,
      ),
    }),
  )
  for (const off of [14, H - 14]) {
    parts.push(path(d("M", cx - outer + 2, cy + off, "A", outer - 2, (outer - 2) * k, 0, 0, 0, cx + outer - 2, cy + off), stitchStyle(L)))
  }
  parts.push(ellipse(cx, cy, outer, outer * k, { fill: darken(L.base, 0.45) }))
  for (let i = 0; i < rings; i++) {
    const r = outer - (i * (outer - inner)) / rings
    parts.push(ellipse(cx, cy, r - 2, (r - 2) * k, { fill: "none", stroke: mix(L.dark, L.light, 0.35), strokeWidth: 10 }))
    parts.push(ellipse(cx, cy, r - 8, (r - 8) * k, { fill: "none", stroke: L.deep, strokeWidth: 2 }))
  }
  parts.push(ellipse(cx, cy + 8, inner - 6, (inner - 6) * k, { fill: mix(s.bg.table, "#000", 0.35) }))
  parts.push(beltTail(s, L, cx - outer + 20, cy + H - 10, rng))
  return g({}, parts)
}

/** The free end: a flat strap curving to the front with holes, ending in a brass buckle. */
function beltTail(s: Scene, L: L, x: number, y: number, rng: Rng): string {
  const p0: Point = [x, y],
    p1: Point = [x - 40, y + 170],
    p2: Point = [x + 260, y + 260],
    p3: Point = [x + 520 + rng.range(-40, 40), y + 250]
  const curve = d("M", p0[0], p0[1], "C", p1[0], p1[1], p2[0], p2[1], p3[0], p3[1])
  const at = (t: number): Point => {
    const u = 1 - t
    return [
      u * u * u * p0[0] + 3 * u * u * t * p1[0] + 3 * u * t * t * p2[0] + t * t * t * p3[0],
      u * u * u * p0[1] + 3 * u * u * t * p1[1] + 3 * u * t * t * p2[1] + t * t * t * p3[1],
    ]
  }
  const holes = [0.55, 0.62, 0.69, 0.76, 0.83].map((t) => at(t))
  const end = at(1),
    before = at(0.97)
  const ang = (Math.atan2(end[1] - before[1], end[0] - before[0]) * 180) / Math.PI
  const W = 64
  return g(
    {},
    softShadow(s, (p0[0] + p3[0]) / 2 + 40, p3[1] + 30, 340, 40, 0.45),
    path(curve, { stroke: L.deep, strokeWidth: W + 6, fill: "none" }),
    path(curve, { stroke: L.base, strokeWidth: W, fill: "none" }),
    path(curve, { stroke: L.stitch, strokeWidth: W - 16, fill: "none", strokeDasharray: "8 6" }),
    path(curve, { stroke: L.base, strokeWidth: W - 20, fill: "none" }),
    path(curve, { stroke: L.light, strokeWidth: 10, fill: "none", opacity: 0.35, transform: "translate(-4 -12)" }),
    g(
      { fill: L.deep },
      holes.map(([hx, hy]) => ellipse(hx, hy, 8, 6)),
    ),
    g(
      { transform: `translate(${num(end[0])} ${num(end[1])}) rotate(${num(ang)})` },
      rect(-10, -W / 2 - 4, 36, W + 8, { rx: 6, fill: L.dark }),
      rect(20, -W / 2 - 18, 78, W + 36, { rx: 18, fill: "none", stroke: metal(s), strokeWidth: 13 }),
      rect(20, -W / 2 - 18, 78, W + 36, { rx: 18, fill: "none", stroke: "#6a4f1c", strokeWidth: 2, opacity: 0.6 }),
      rect(16, -5, 70, 10, { rx: 5, fill: metal(s) }),
    ),
  )
}

// ── Wallets ─────────────────────────────────────────────────────────────────

function openWallet(s: Scene, L: L, x: number, y: number, rng: Rng): string {
  const w = 520,
    h = 300
  const cards = [UZ.turquoise, UZ.pomegranate, UZ.saffron, "#e8e8e8", UZ.cobalt]
  const half = (hx: number) => {
    const slots: string[] = []
    for (let i = 0; i < 3; i++) {
      const sy = y + 50 + i * 55
      slots.push(rect(hx + 30, sy - 18, w / 2 - 70, 40, { rx: 6, fill: rng.pick(cards) }))
      slots.push(
        path(
          d("M", hx + 18, sy, "Q", hx + w / 4, sy + 18, hx + w / 2 - 28, sy, "L", hx + w / 2 - 28, sy + 60, "L", hx + 18, sy + 60, "Z"),
          { fill: i % 2 ? L.base : lighten(L.base, 0.06), stroke: L.deep, strokeWidth: 2 },
        ),
      )
      slots.push(
        path(d("M", hx + 24, sy + 6, "Q", hx + w / 4, sy + 24, hx + w / 2 - 34, sy + 6), { ...stitchStyle(L, 2), strokeDasharray: "5 5" }),
      )
    }
    return g({}, slots)
  }
  return g(
    {},
    softShadow(s, x + w / 2 + 20, y + h + 12, w * 0.6, 30, 0.55),
    rect(x, y, w, h, { rx: 24, fill: L.dark, stroke: L.deep, strokeWidth: 3 }),
    rect(x + 12, y + 12, w - 24, h - 24, { rx: 16, ...stitchStyle(L, 2) }),
    half(x + 8),
    half(x + w / 2 + 2),
    rect(x + w / 2 - 6, y + 6, 12, h - 12, { fill: L.deep, opacity: 0.5 }),
    rect(x, y, w, h, {
      rx: 24,
      fill: s.defs.linear([
        { offset: 0, color: "#fff", opacity: 0.12 },
        { offset: 1, color: "#000", opacity: 0.15 },
      ]),
    }),
  )
}

function closedWallet(s: Scene, L: L, cx: number, cy: number, rng: Rng): string {
  const w = 460,
    h = 300,
    t = 28
  const angle = rng.range(-10, -2)
  const emboss = { ground: "none", petals: L.dark, inner: "none", heart: L.dark, dots: L.dark }
  return g(
    { transform: `translate(${num(cx)} ${num(cy)}) rotate(${num(angle)}) scale(1 0.62)` },
    rect(-w / 2 + 16, -h / 2 + 24, w, h, { rx: 30, fill: s.bg.shadow, opacity: 0.35 }),
    rect(-w / 2, -h / 2 + t, w, h, { rx: 30, fill: L.deep }),
    rect(-w / 2, -h / 2, w, h, {
      rx: 30,
      fill: s.defs.radial(
        [
          { offset: 0, color: L.light },
          { offset: 0.6, color: L.base },
          { offset: 1, color: L.dark },
        ],
        0.35,
        0.3,
        0.9,
      ),
      stroke: L.deep,
      strokeWidth: 3,
    }),
    rect(-w / 2 + 16, -h / 2 + 16, w - 32, h - 32, { rx: 20, ...stitchStyle(L, 3) }),
    g({ opacity: 0.5 }, rosette(0, 0, 80, 12, emboss, rng)),
    star8(0, 0, 22, L.dark, { opacity: 0.6 }),
  )
}

export const leatherMotifs: MotifTable<"bag" | "belt" | "wallet"> = {
  bag: (s) => {
    const L = leatherOf(s)
    const rng = s.rng.fork("bag")
    const style: BagStyle = (["tote", "satchel", "handbag"] as const)[s.variant % 3]
    const draw = { tote, satchel, handbag }[style]
    return { backdrop: { horizon: 780, table: "plain" }, body: draw(s, L, rng) }
  },
  belt: (s) => ({ backdrop: { horizon: 500 }, body: coiledBelt(s, leatherOf(s), s.rng.fork("belt")) }),
  wallet: (s) => {
    const L = leatherOf(s)
    const rng = s.rng.fork("wallet")
    const left = s.variant % 2 === 1
    return {
      backdrop: { horizon: 560 },
      zoom: 1.18,
      body: g({}, openWallet(s, L, left ? 280 : 360, 420, rng), closedWallet(s, L, left ? 740 : 560, 880, rng)),
    }
  },
}
