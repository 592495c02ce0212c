/**
 * Uzbek ornament pieces shared by product scenes, logos and banners:
 * suzani rosettes, bodom (almond/paisley) leaves, girih stars, ikat lozenges,
 * pointed arches.
 */

import type { Rng } from "../core/prng"
import { circle, d, g, num, path, poly, type Point } from "../core/svg"

const TAU = Math.PI * 2

/** "Bodom" — the almond/paisley leaf: pointed tip at local (0, -len/2), round base at (0, len/2). */
export function bodomD(len: number, width: number, curl = 0): string {
  const h = len / 2
  const w = width / 2
  return d(
    "M",
    curl,
    -h,
    "C",
    w * 0.9 + curl * 0.5,
    -h * 0.45,
    w * 1.1,
    h * 0.55,
    0,
    h,
    "C",
    -w * 1.1,
    h * 0.55,
    -w * 0.9 + curl * 0.5,
    -h * 0.45,
    curl,
    -h,
    "Z",
  )
}

function place(x: number, y: number, rotateDeg = 0, scale = 1): string {
  let t = `translate(${num(x)} ${num(y)})`
  if (rotateDeg) t += ` rotate(${num(rotateDeg)})`
  if (scale !== 1) t += ` scale(${num(scale)})`
  return t
}

export function bodom(
  x: number,
  y: number,
  len: number,
  width: number,
  rotateDeg: number,
  fill: string,
  extra: Record<string, string | number> = {},
): string {
  return path(bodomD(len, width), { transform: place(x, y, rotateDeg), fill, ...extra })
}

export function starPoints(cx: number, cy: number, outer: number, inner: number, points: number, rotation = 0): Point[] {
  const pts: Point[] = []
  for (let i = 0; i < points * 2; i++) {
    const r = i % 2 === 0 ? outer : inner
    const a = rotation + (i * Math.PI) / points - Math.PI / 2
    pts.push([cx + r * Math.cos(a), cy + r * Math.sin(a)])
  }
  return pts
}

/** The eight-pointed girih star (two overlapping squares). */
export function star8(cx: number, cy: number, r: number, fill: string, extra: Record<string, string | number> = {}): string {
  return path(poly(starPoints(cx, cy, r, r * 0.76, 8, Math.PI / 8)), { fill, ...extra })
}

export interface RosetteColors {
  ground: string
  petals: string
  inner: string
  heart: string
  dots: string
}

/** A suzani medallion: disc, a ring of outward bodom petals, an inner flower, a ring of dots. */
export function rosette(cx: number, cy: number, r: number, petals: number, c: RosetteColors, rng?: Rng): string {
  const parts: string[] = [circle(cx, cy, r, { fill: c.ground })]
  const twist = rng ? rng.range(0, 1) : 0
  for (let i = 0; i < petals; i++) {
    const a = (i + twist) * (TAU / petals)
    const pr = r * 0.7
    parts.push(bodom(cx + Math.cos(a) * pr, cy + Math.sin(a) * pr, r * 0.5, (r * 2.4) / petals, (a * 180) / Math.PI + 90, c.petals))
  }
  parts.push(circle(cx, cy, r * 0.44, { fill: c.inner }))
  for (let i = 0; i < 8; i++) {
    const a = (i + 0.5) * (TAU / 8)
    parts.push(bodom(cx + Math.cos(a) * r * 0.26, cy + Math.sin(a) * r * 0.26, r * 0.22, r * 0.14, (a * 180) / Math.PI + 90, c.heart))
  }
  parts.push(circle(cx, cy, r * 0.1, { fill: c.dots }))
  const dots = Math.max(12, petals * 3)
  for (let i = 0; i < dots; i++) {
    const a = (i / dots) * TAU
    parts.push(circle(cx + Math.cos(a) * r * 0.93, cy + Math.sin(a) * r * 0.93, r * 0.035, { fill: c.dots }))
  }
  return g({}, parts)
}

/** A pointed (two-centred) arch, as used in iwans and niches; (x, y) is the top-left of its box. */
export function archD(x: number, y: number, w: number, h: number, pointiness = 0.75): string {
  const spring = y + w * 0.55
  const r = w * pointiness
  return d("M", x, y + h, "L", x, spring, "A", r, r, 0, 0, 1, x + w / 2, y, "A", r, r, 0, 0, 1, x + w, spring, "L", x + w, y + h, "Z")
}

/**
 * One ikat lozenge with the tell-tale feathered (stepped, bleeding) edges:
 * each thread row ends a little early or late.
 */
export function ikatLozenge(cx: number, cy: number, w: number, h: number, rng: Rng, rows = 16): string {
  const left: Point[] = []
  const right: Point[] = []
  for (let i = 0; i <= rows; i++) {
    const t = i / rows
    const y = cy - h / 2 + t * h
    const half = (w / 2) * (1 - Math.abs(t * 2 - 1)) + rng.range(-0.06, 0.06) * w
    const hw = Math.max(0, half)
    left.push([cx - hw, y], [cx - hw, y + h / rows])
    right.push([cx + hw + rng.range(-0.03, 0.03) * w, y], [cx + hw, y + h / rows])
  }
  return poly([...left, ...right.reverse()])
}

/** Zig-zag band path (for rims and borders) between y0 and y1. */
export function zigzagD(x0: number, x1: number, y0: number, y1: number, teeth: number): string {
  const pts: Point[] = []
  const step = (x1 - x0) / teeth
  for (let i = 0; i <= teeth; i++) pts.push([x0 + i * step, i % 2 === 0 ? y0 : y1])
  return poly(pts, false)
}
