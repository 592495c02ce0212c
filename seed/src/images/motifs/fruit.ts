/**
 * Dried fruit: apricots (kuraga), raisins, prunes, figs, white mulberries,
 * cherries — heaped in Rishtan bowls — and braided dried melon on a board.
 */

import { darken, lighten, mix } from "../core/color"
import type { Rng } from "../core/prng"
import type { Scene } from "../core/scene"
import { glint, roundFill, softShadow } from "../core/shading"
import { blob, leafD, rotatePoint, wrinkles } from "../core/shapes"
import { circle, circlesD, d, el, ellipse, g, path, smoothClosed } from "../core/svg"
import { heapStillLife, type ItemDrawer } from "../scene/pile"
import { woodBoard } from "../scene/vessels"
import type { MotifTable } from "./types"

/** One of four tones around the item colour, so a heap is not uniform. */
function tone(s: Scene, rng: Rng, spread = 0.22): string {
  const k = rng.int(0, 3)
  return k === 0
    ? s.item.base
    : k === 1
      ? darken(s.item.base, spread * 0.5)
      : k === 2
        ? lighten(s.item.base, spread * 0.4)
        : darken(s.item.base, spread)
}

/** Kuraga: a flattened apricot with the slit where the stone was pressed out. */
const driedApricot: ItemDrawer = (s, x, y, size, rng) => {
  const rot = rng.range(-35, 35)
  const rx = size * 0.5,
    ry = size * rng.range(0.36, 0.44)
  const fill = tone(s, rng)
  const side = rng.chance(0.5) ? 1 : -1
  const at = (u: number, v: number) => rotatePoint(x + side * u * rx, y + v * ry, x, y, rot)
  // the slit runs in from the rim, where the stone was pushed out
  const [a, m, b] = [at(0.98, 0.05), at(0.55, -0.22), at(0.05, -0.12)]
  const slit = d("M", a[0], a[1], "Q", m[0], m[1], b[0], b[1])
  const [a2, m2, b2] = [at(0.95, 0.18), at(0.5, -0.05), at(0.08, 0.02)]
  return g(
    {},
    path(blob(rng, x, y, rx, ry, rot, 0.09, 10), { fill: roundFill(s, fill, 0.9), stroke: darken(fill, 0.42), strokeWidth: 2 }),
    ellipse(x - rx * 0.15, y - ry * 0.2, rx * 0.55, ry * 0.45, {
      fill: lighten(fill, 0.3),
      opacity: 0.35,
      transform: `rotate(${Math.round(rot)} ${Math.round(x)} ${Math.round(y)})`,
    }),
    path(slit, { stroke: darken(fill, 0.45), strokeWidth: 4.5, fill: "none", strokeLinecap: "round" }),
    path(d("M", a2[0], a2[1], "Q", m2[0], m2[1], b2[0], b2[1]), {
      stroke: lighten(fill, 0.45),
      strokeWidth: 2.5,
      fill: "none",
      strokeLinecap: "round",
      opacity: 0.7,
    }),
    path(wrinkles(rng, x, y + ry * 0.1, rx, ry, rot, 2, 0.45), {
      stroke: darken(fill, 0.25),
      strokeWidth: 2,
      fill: "none",
      strokeLinecap: "round",
      opacity: 0.5,
    }),
    glint(x - rx * 0.4, y - ry * 0.45, rx * 0.16, ry * 0.08, rot - 15, 0.5),
  )
}

const raisin: ItemDrawer = (s, x, y, size, rng) => {
  const rot = rng.range(-70, 70)
  const rx = size * 0.5,
    ry = size * rng.range(0.32, 0.4)
  const fill = tone(s, rng, 0.3)
  return g(
    {},
    path(blob(rng, x, y, rx, ry, rot, 0.16, 9), { fill: roundFill(s, fill, 1.3), stroke: darken(fill, 0.5), strokeWidth: 1.5 }),
    path(wrinkles(rng, x, y, rx, ry, rot, 3, 0.55), {
      stroke: darken(fill, 0.45),
      strokeWidth: 2.5,
      fill: "none",
      strokeLinecap: "round",
      opacity: 0.85,
    }),
    path(wrinkles(rng, x, y, rx, ry, rot, 1, 0.4), {
      stroke: lighten(fill, 0.4),
      strokeWidth: 2,
      fill: "none",
      strokeLinecap: "round",
      opacity: 0.6,
    }),
    glint(x - rx * 0.25, y - ry * 0.35, rx * 0.22, ry * 0.14, rot, 0.45),
  )
}

const prune: ItemDrawer = (s, x, y, size, rng) => {
  const rot = rng.range(-50, 50)
  const rx = size * 0.5,
    ry = size * rng.range(0.38, 0.44)
  const fill = tone(s, rng, 0.25)
  const sheen = mix(lighten(fill, 0.35), "#8a6aa8", 0.3)
  return g(
    {},
    path(blob(rng, x, y, rx, ry, rot, 0.1, 9), { fill: roundFill(s, fill, 1.3), stroke: darken(fill, 0.6), strokeWidth: 2 }),
    path(wrinkles(rng, x, y, rx, ry, rot, 4, 0.55), { stroke: sheen, strokeWidth: 3, fill: "none", strokeLinecap: "round", opacity: 0.75 }),
    path(wrinkles(rng, x, y, rx, ry, rot, 3, 0.55), {
      stroke: darken(fill, 0.6),
      strokeWidth: 3,
      fill: "none",
      strokeLinecap: "round",
      opacity: 0.6,
    }),
    glint(x - rx * 0.3, y - ry * 0.38, rx * 0.3, ry * 0.1, rot - 15, 0.6),
  )
}

/** A pressed dried fig: a flat round with the "eye" in the middle, radial creases and a sugar bloom. */
const driedFig: ItemDrawer = (s, x, y, size, rng) => {
  const fill = tone(s, rng, 0.2)
  if (rng.chance(0.38)) return figHalf(s, x, y, size * 0.5, rng.range(-60, 60), fill, rng)
  const r = size * 0.5
  const rot = rng.range(0, 360)
  const creases: string[] = []
  for (let i = 0; i < 7; i++) {
    const a = rng.range(0, Math.PI * 2)
    creases.push(
      d(
        "M",
        x + Math.cos(a) * r * 0.18,
        y + Math.sin(a) * r * 0.16,
        "Q",
        x + Math.cos(a + 0.25) * r * 0.5,
        y + Math.sin(a + 0.25) * r * 0.45,
        x + Math.cos(a) * r * 0.8,
        y + Math.sin(a) * r * 0.72,
      ),
    )
  }
  const bloom = s.defs.radial([
    { offset: 0, color: "#fff6e6", opacity: 0.0 },
    { offset: 0.65, color: "#fff6e6", opacity: 0.1 },
    { offset: 1, color: "#fff6e6", opacity: 0.45 },
  ])
  const nub = (rot * Math.PI) / 180
  const outline = blob(rng, x, y, r, r * 0.88, rot, 0.06, 10)
  return g(
    {},
    path(d("M", x + Math.cos(nub) * r * 0.8, y + Math.sin(nub) * r * 0.7, "l", Math.cos(nub) * r * 0.35, Math.sin(nub) * r * 0.3), {
      stroke: darken(fill, 0.5),
      strokeWidth: size * 0.1,
      strokeLinecap: "round",
    }),
    path(outline, { fill: roundFill(s, fill), stroke: darken(fill, 0.42), strokeWidth: 2 }),
    path(outline, { fill: bloom }),
    path(creases.join(""), { stroke: darken(fill, 0.22), strokeWidth: 2.5, fill: "none", opacity: 0.55, strokeLinecap: "round" }),
    circle(x, y, r * 0.13, { fill: darken(fill, 0.4) }),
    circle(x - 1, y - 1, r * 0.06, { fill: lighten(fill, 0.2) }),
  )
}

/** A fig cut in half: skin ring, honey-pink flesh, seeds. */
function figHalf(s: Scene, x: number, y: number, r: number, rot: number, fill: string, rng: Rng): string {
  const flesh = mix("#e8a07a", s.item.base, 0.25)
  const seeds: [number, number, number][] = []
  for (let i = 0; i < 26; i++) {
    const a = rng.range(0, Math.PI * 2),
      rr = Math.sqrt(rng.next()) * r * 0.55
    seeds.push([x + Math.cos(a) * rr, y + Math.sin(a) * rr * 0.9, rng.range(2, 3.6)])
  }
  return g(
    {},
    path(blob(rng, x, y, r, r * 0.9, rot, 0.05, 9), { fill: darken(fill, 0.1), stroke: darken(fill, 0.45), strokeWidth: 2 }),
    ellipse(x, y, r * 0.78, r * 0.7, { fill: mix(flesh, "#f6e0c0", 0.3) }),
    ellipse(x, y, r * 0.62, r * 0.55, { fill: roundFill(s, flesh, 0.8) }),
    path(circlesD(seeds), { fill: darken(flesh, 0.4) }),
  )
}

/** A mulberry: an oblong cluster of drupelets; one path per berry keeps heaps fast to render. */
const mulberry: ItemDrawer = (s, x, y, size, rng) => {
  const rot = rng.range(-60, 60)
  const fill = tone(s, rng, 0.25)
  const drupes: [number, number, number][] = []
  const shine: [number, number, number][] = []
  const rr = size * 0.17
  const a = (rot * Math.PI) / 180
  const ca = Math.cos(a),
    sa = Math.sin(a)
  for (let row = 0; row < 4; row++) {
    const cols = row === 0 || row === 3 ? 2 : 3
    for (let c = 0; c < cols; c++) {
      const u = (c - (cols - 1) / 2) * rr * 1.3
      const v = (row - 1.5) * rr * 1.45
      const px = x + u * ca - v * sa,
        py = y + u * sa + v * ca
      drupes.push([px, py, rr * rng.range(0.95, 1.1)])
      shine.push([px - rr * 0.35, py - rr * 0.35, rr * 0.28])
    }
  }
  const stemX = x + 2.4 * rr * sa,
    stemY = y - 2.4 * rr * ca
  return g(
    {},
    path(circlesD(drupes), { fill: roundFill(s, fill, 1.1), stroke: darken(fill, 0.4), strokeWidth: 1.5 }),
    path(circlesD(shine), { fill: lighten(fill, 0.5), opacity: 0.6 }),
    path(d("M", stemX, stemY, "l", 6 * sa, -10 * ca), { stroke: darken(fill, 0.5), strokeWidth: 3, strokeLinecap: "round" }),
  )
}

const driedCherry: ItemDrawer = (s, x, y, size, rng) => {
  const r = size * 0.45
  const fill = darken(tone(s, rng, 0.25), 0.2)
  const rot = rng.range(0, 180)
  const parts = [
    path(blob(rng, x, y, r, r * 0.9, rot, 0.12, 9), { fill: roundFill(s, fill, 1.3), stroke: darken(fill, 0.55), strokeWidth: 2 }),
    path(wrinkles(rng, x, y, r, r, rot, 3, 0.5), {
      stroke: darken(fill, 0.45),
      strokeWidth: 2.5,
      fill: "none",
      strokeLinecap: "round",
      opacity: 0.8,
    }),
    glint(x - r * 0.35, y - r * 0.35, r * 0.26, r * 0.12, -35, 0.6),
  ]
  return g({}, parts)
}

/** A plain fruit leaf with a midrib. */
function fruitLeaf(x: number, y: number, len: number, deg: number): string {
  const a = (deg * Math.PI) / 180
  return g(
    {},
    path(leafD(x, y, len, len * 0.26, deg), { fill: "#5f9444", stroke: "#3f6b2a", strokeWidth: 2 }),
    path(d("M", x, y, "L", x + Math.cos(a) * len * 0.9, y + Math.sin(a) * len * 0.9), {
      stroke: "#a9c878",
      strokeWidth: 2.5,
      opacity: 0.8,
    }),
  )
}

/** A fresh apricot with its leaf: blushed orange, crease down one side. */
function freshApricot(s: Scene, x: number, y: number, r: number, rng: Rng): string {
  const fill = lighten(s.item.base, 0.1)
  const blush = s.defs.radial(
    [
      { offset: 0, color: "#d8402a", opacity: 0.45 },
      { offset: 1, color: "#d8402a", opacity: 0 },
    ],
    0.7,
    0.35,
    0.55,
  )
  return g(
    {},
    softShadow(s, x + 14, y + r * 0.8, r * 1.4, r * 0.3, 0.5),
    fruitLeaf(x + r * 0.2, y - r * 0.8, r * 1.6, -30 - rng.range(0, 30)),
    circle(x, y, r, { fill: roundFill(s, fill, 1.1), stroke: darken(fill, 0.35), strokeWidth: 2 }),
    circle(x, y, r, { fill: blush }),
    path(d("M", x + r * 0.1, y - r * 0.95, "Q", x + r * 0.45, y, x + r * 0.05, y + r * 0.9), {
      stroke: darken(fill, 0.25),
      strokeWidth: 3,
      fill: "none",
      opacity: 0.7,
    }),
    glint(x - r * 0.4, y - r * 0.35, r * 0.22, r * 0.12, -35, 0.5),
  )
}

/** A small bunch of fresh grapes on a stem with a vine leaf. */
function grapeBunch(s: Scene, x: number, y: number, r: number, rng: Rng): string {
  const fill = lighten(s.item.base, 0.15)
  const berries: string[] = []
  const rows = [4, 4, 3, 3, 2, 1]
  rows.forEach((n, row) => {
    for (let i = 0; i < n; i++) {
      const bx = x + (i - (n - 1) / 2) * r * 1.6 + rng.range(-3, 3)
      const by = y + row * r * 1.35
      berries.push(
        ellipse(bx, by, r, r * 1.08, { fill: roundFill(s, fill, 1.1), stroke: darken(fill, 0.4), strokeWidth: 1.5 }) +
          glint(bx - r * 0.35, by - r * 0.4, r * 0.25, r * 0.12, -35, 0.6),
      )
    }
  })
  return g(
    {},
    softShadow(s, x + 20, y + r * 7.5, r * 4.5, r * 0.8, 0.45),
    fruitLeaf(x + r, y - r * 1.4, r * 4.5, -20),
    path(d("M", x, y - r * 0.8, "q", 6, -30, 30, -46), { stroke: "#6b5a2a", strokeWidth: 5, fill: "none", strokeLinecap: "round" }),
    berries,
  )
}

/** A fresh plum with a dusty bloom. */
function freshPlum(s: Scene, x: number, y: number, r: number, rng: Rng): string {
  const fill = mix(lighten(s.item.base, 0.2), "#4a3a8a", 0.4)
  return g(
    {},
    softShadow(s, x + 14, y + r * 0.8, r * 1.4, r * 0.3, 0.5),
    fruitLeaf(x, y - r * 0.9, r * 1.7, -40 - rng.range(0, 30)),
    ellipse(x, y, r, r * 1.1, { fill: roundFill(s, fill, 1.2), stroke: darken(fill, 0.45), strokeWidth: 2 }),
    ellipse(x, y, r, r * 1.1, {
      fill: s.defs.radial([
        { offset: 0.5, color: "#c8c8ea", opacity: 0 },
        { offset: 1, color: "#c8c8ea", opacity: 0.4 },
      ]),
    }),
    path(d("M", x - r * 0.1, y - r, "Q", x + r * 0.3, y, x, y + r * 1.05), {
      stroke: darken(fill, 0.35),
      strokeWidth: 3,
      fill: "none",
      opacity: 0.6,
    }),
    glint(x - r * 0.4, y - r * 0.4, r * 0.2, r * 0.1, -40, 0.5),
  )
}

/** A still-life heap with a fresh example of the fruit on the table beside it. */
function heapWithGarnish(
  draw: ItemDrawer,
  size: number,
  garnish: (s: Scene, x: number, y: number, rng: Rng) => string,
  extra: Partial<Parameters<typeof heapStillLife>[2]> = {},
) {
  return (s: Scene) => {
    const side = s.rng.chance(0.5) ? 1 : -1
    const heapArt = heapStillLife(s, draw, { size, spill: 2, ...extra })
    return { body: g({}, heapArt, garnish(s, 600 + side * 310, 1010, s.rng)) }
  }
}

/** A mulberry leaf: broad, heart-based, toothed, with veins. */
function mulberryLeaf(s: Scene, x: number, y: number, side: number): string {
  const pts: [number, number][] = []
  const n = 28
  for (let i = 0; i < n; i++) {
    const a = (i / n) * Math.PI * 2
    const heart = 1 - 0.25 * Math.max(0, Math.cos(a)) ** 8
    const tip = 1 + 0.35 * Math.max(0, -Math.cos(a)) ** 6
    const tooth = i % 2 ? 0.94 : 1.04
    pts.push([x + Math.sin(a) * 150 * heart * tooth * side, y + 0.55 * (-Math.cos(a) * 170 * tip * tooth) - 20])
  }
  const veins: string[] = [d("M", x, y + 60, "L", x - 10 * side, y - 140)]
  for (const k of [-1, 1])
    for (const t of [0.2, 0.5, 0.8])
      veins.push(d("M", x - 10 * side * t, y + 60 - 200 * t * 0.55 - 10, "q", k * 50, -10, k * 100, -40 + t * 10))
  return g(
    { opacity: 0.95 },
    softShadow(s, x + 20, y + 30, 170, 60, 0.35),
    path(smoothClosed(pts), {
      fill: s.defs.linear([
        { offset: 0, color: "#7aa64a" },
        { offset: 1, color: "#4d7a32" },
      ]),
      stroke: "#3d6428",
      strokeWidth: 2,
    }),
    path(veins.join(""), { stroke: "#a9c878", strokeWidth: 3, fill: "none", opacity: 0.8 }),
  )
}

/** Fresh cherries on stems — a garnish that makes dried cherries recognisable. */
function cherryPair(s: Scene, x: number, y: number, r: number, rng: Rng): string {
  const stem = "#5c6b2e"
  const fill = lighten(s.item.base, 0.08)
  const top: [number, number] = [x + r * 0.9, y - r * 3.2]
  const one = (cx: number, cy: number) =>
    g(
      {},
      circle(cx, cy, r, { fill: roundFill(s, fill, 1.2), stroke: darken(fill, 0.5), strokeWidth: 2 }),
      glint(cx - r * 0.35, cy - r * 0.4, r * 0.3, r * 0.15, -35, 0.7),
    )
  return g(
    {},
    softShadow(s, x + r * 1.3, y + r * 0.9, r * 2.6, r * 0.5, 0.45),
    path(
      d(
        "M",
        x,
        y - r * 0.8,
        "Q",
        x + r * 0.1,
        y - r * 2.4,
        top[0],
        top[1],
        "M",
        x + r * 1.9,
        y - r * 0.6,
        "Q",
        x + r * 1.6,
        y - r * 2.2,
        top[0],
        top[1],
      ),
      { stroke: stem, strokeWidth: 5, fill: "none", strokeLinecap: "round" },
    ),
    path(leafD(top[0], top[1], r * 2.2, r * 0.55, -20 - rng.range(0, 20)), { fill: "#5f8f3e", stroke: "#3f6b2a", strokeWidth: 2 }),
    one(x, y),
    one(x + r * 1.9, y + r * 0.25),
  )
}

/** Dried melon: strips plaited into a braid (qovun qoqi), lying on a board. */
function melonBraid(s: Scene, x0: number, y0: number, x1: number, y1: number, rng: Rng): string {
  const segs = 9
  const dx = (x1 - x0) / segs,
    dy = (y1 - y0) / segs
  const ang = (Math.atan2(dy, dx) * 180) / Math.PI
  const len = Math.hypot(dx, dy)
  const out: string[] = []
  for (let i = 0; i <= segs; i++) {
    const t = i / segs
    const cx = x0 + dx * i,
      cy = y0 + dy * i + Math.sin(t * Math.PI * 1.2) * 14
    const side = i % 2 ? 1 : -1
    const w = len * (i === 0 || i === segs ? 0.9 : 1.25)
    const fill = tone(s, rng, 0.18)
    const rot = ang + side * 38
    out.push(
      g(
        {},
        path(blob(rng, cx, cy, w * 0.95, len * 0.42, rot, 0.04, 10), {
          fill: roundFill(s, fill, 0.9),
          stroke: darken(fill, 0.35),
          strokeWidth: 2,
        }),
        path(wrinkles(rng, cx, cy, w * 0.9, len * 0.3, rot, 2, 0.4), {
          stroke: lighten(fill, 0.4),
          strokeWidth: 2,
          fill: "none",
          opacity: 0.7,
        }),
      ),
    )
  }
  const tail: string[] = []
  for (let k = -1; k <= 1; k++) {
    tail.push(
      path(d("M", x1, y1, "q", dx * 1.2, dy * 1.2 + k * 22, dx * 2.2, dy * 2.2 + k * 40), {
        stroke: darken(s.item.base, 0.1 + k * 0.05),
        strokeWidth: 16,
        fill: "none",
        strokeLinecap: "round",
      }),
    )
  }
  return g({}, softShadow(s, (x0 + x1) / 2 + 10, (y0 + y1) / 2 + 40, Math.abs(x1 - x0) * 0.6 + 60, 40, 0.45), tail, out)
}

/** A whole Uzbek melon (torpedo-shaped, golden, finely netted). */
function wholeMelon(s: Scene, cx: number, cy: number, rx: number, ry: number, rng: Rng): string {
  const skin = mix("#e6c447", s.item.base, 0.3)
  const deg = rng.range(-10, -4)
  const outline = ellipse(cx, cy, rx, ry, { transform: `rotate(${Math.round(deg)} ${Math.round(cx)} ${Math.round(cy)})` })
  const clip = s.defs.clip(outline)
  // The netting: two families of slightly wavy diagonals crossing each other.
  const net: string[] = []
  for (const dir of [1, -1]) {
    for (let k = -rx * 2; k < rx * 2; k += 30) {
      const pts: [number, number][] = []
      for (let t = -ry * 1.2; t <= ry * 1.2; t += 24) pts.push([cx + k + dir * t * 0.9 + rng.range(-4, 4), cy + t])
      net.push(pts.map(([x, y], i) => d(i ? "L" : "M", x, y)).join(""))
    }
  }
  const ribs: string[] = []
  for (let k = -2; k <= 2; k++) ribs.push(d("M", cx - rx, cy + k * ry * 0.35, "Q", cx, cy + k * ry * 0.55, cx + rx, cy + k * ry * 0.35))
  return g(
    {},
    softShadow(s, cx + 30, cy + ry * 0.9, rx * 1.05, ry * 0.3, 0.5),
    el("ellipse", {
      cx,
      cy,
      rx,
      ry,
      transform: `rotate(${Math.round(deg)} ${Math.round(cx)} ${Math.round(cy)})`,
      fill: roundFill(s, skin, 1.1),
    }),
    g(
      { clipPath: clip, transform: `rotate(${Math.round(deg)} ${Math.round(cx)} ${Math.round(cy)})` },
      path(ribs.join(""), { stroke: darken(skin, 0.2), strokeWidth: 3, fill: "none", opacity: 0.5 }),
      path(net.join(""), { stroke: mix(skin, "#fff3c0", 0.5), strokeWidth: 3, fill: "none", strokeLinejoin: "round", opacity: 0.8 }),
    ),
    path(d("M", cx + rx * 0.98, cy - ry * 0.1 + deg * 4, "l", 26, -10), { stroke: "#6f6a2a", strokeWidth: 9, strokeLinecap: "round" }),
  )
}

/** A crescent slice: green-gold rind, pale flesh, seed hollow. */
function melonSlice(s: Scene, cx: number, cy: number, r: number): string {
  const flesh = lighten(s.item.base, 0.5)
  const crescent = (outer: number, inner: number) =>
    d("M", cx - outer, cy, "A", outer, outer * 0.55, 0, 0, 0, cx + outer, cy, "Q", cx, cy + inner, cx - outer, cy, "Z")
  return g(
    {},
    softShadow(s, cx + 20, cy + r * 0.5, r * 1.1, r * 0.2, 0.5),
    path(crescent(r, r * 0.28), { fill: "#b8b04a" }),
    path(crescent(r * 0.95, r * 0.3), { fill: "#dfe6a6", transform: "translate(0 -6)" }),
    path(crescent(r * 0.9, r * 0.32), { fill: roundFill(s, flesh, 0.5), transform: "translate(0 -10)" }),
    path(d("M", cx - r * 0.9, cy - 10, "Q", cx, cy + r * 0.32 - 10, cx + r * 0.9, cy - 10), {
      stroke: mix(flesh, s.item.base, 0.6),
      strokeWidth: 8,
      fill: "none",
      opacity: 0.6,
    }),
  )
}

const heap =
  (draw: ItemDrawer, size: number, extra: Partial<Parameters<typeof heapStillLife>[2]> = {}) =>
  (s: Scene) => ({
    body: heapStillLife(s, draw, { size, ...extra }),
  })

/** Single pieces, for assortments (gift boxes). */
export const FRUIT_PIECES = { driedApricot, raisin, prune, driedFig, mulberry, driedCherry }

export const fruitMotifs: MotifTable<"apricot" | "raisin" | "prune" | "fig" | "mulberry" | "cherry" | "melon"> = {
  apricot: heapWithGarnish(driedApricot, 118, (s, x, y, rng) => freshApricot(s, x, y, 62, rng)),
  raisin: heapWithGarnish(raisin, 58, (s, x, y, rng) => grapeBunch(s, x, y - 90, 22, rng), { spacing: 0.6, spill: 4 }),
  prune: heapWithGarnish(prune, 104, (s, x, y, rng) => freshPlum(s, x, y, 58, rng)),
  fig: heap(driedFig, 120),
  mulberry: (s) => {
    const side = s.rng.chance(0.5) ? 1 : -1
    return { body: g({}, mulberryLeaf(s, 600 + side * 300, 1000, side), heapStillLife(s, mulberry, { size: 80, spacing: 0.7, spill: 4 })) }
  },
  cherry: (s) => {
    const body = heapStillLife(s, driedCherry, { size: 62, spacing: 0.66, spill: 3 })
    const side = s.rng.chance(0.5) ? 1 : -1
    return { body: g({}, body, cherryPair(s, 600 + side * 330, 1040, 40, s.rng)) }
  },
  melon: (s) => {
    const rng = s.rng.fork("melon")
    const braids = 2 + (s.variant % 2)
    const parts = [wholeMelon(s, 380, 590, 250, 135, rng), woodBoard(s, 600, 850, 840, 290)]
    for (let i = 0; i < braids; i++) {
      const y = 800 + i * 80 - (braids - 2) * 40
      parts.push(
        melonBraid(s, 230 + rng.range(-20, 20), y + rng.range(-10, 10), 860 + rng.range(-30, 30), y - 40 + rng.range(-10, 20), rng),
      )
    }
    parts.push(melonSlice(s, 880, 1040, 170))
    const mirrored = s.variant % 4 >= 2
    return { body: g(mirrored ? { transform: "translate(1200 0) scale(-1 1)" } : {}, parts), backdrop: { horizon: 640 } }
  },
}
