/** Organic shapes: wobbly blobs for dried fruit, wrinkles, leaves. */

import type { Rng } from "./prng"
import { d, smoothClosed, type Point } from "./svg"

export function rotatePoint(x: number, y: number, cx: number, cy: number, deg: number): Point {
  const a = (deg * Math.PI) / 180
  const c = Math.cos(a),
    s = Math.sin(a)
  const dx = x - cx,
    dy = y - cy
  return [cx + dx * c - dy * s, cy + dx * s + dy * c]
}

/** Points on a jittered, rotated ellipse. */
function blobPoints(rng: Rng, cx: number, cy: number, rx: number, ry: number, rotateDeg: number, wobble: number, n = 10): Point[] {
  const pts: Point[] = []
  const phase = rng.range(0, Math.PI * 2)
  for (let i = 0; i < n; i++) {
    const a = phase + (i / n) * Math.PI * 2
    const k = 1 + rng.range(-wobble, wobble)
    pts.push(rotatePoint(cx + Math.cos(a) * rx * k, cy + Math.sin(a) * ry * k, cx, cy, rotateDeg))
  }
  return pts
}

export function blob(rng: Rng, cx: number, cy: number, rx: number, ry: number, rotateDeg: number, wobble: number, n = 10): string {
  return smoothClosed(blobPoints(rng, cx, cy, rx, ry, rotateDeg, wobble, n))
}

/** Short curved strokes inside an ellipse: the creases of dried fruit. */
export function wrinkles(rng: Rng, cx: number, cy: number, rx: number, ry: number, rotateDeg: number, count: number, reach = 0.6): string {
  let out = ""
  for (let i = 0; i < count; i++) {
    const u = rng.range(-reach, reach),
      v = rng.range(-reach, reach) * 0.8
    const len = rng.range(0.35, 0.7) * rx
    const ang = rng.range(-0.7, 0.7) + (rng.chance(0.3) ? Math.PI / 2 : 0)
    const x0 = cx + u * rx - (Math.cos(ang) * len) / 2
    const y0 = cy + v * ry - (Math.sin(ang) * len) / 2
    const x1 = x0 + Math.cos(ang) * len
    const y1 = y0 + Math.sin(ang) * len
    const bend = rng.range(-0.35, 0.35) * len
    const mx = (x0 + x1) / 2 - Math.sin(ang) * bend
    const my = (y0 + y1) / 2 + Math.cos(ang) * bend
    const [a0, a1] = [rotatePoint(x0, y0, cx, cy, rotateDeg), rotatePoint(x1, y1, cx, cy, rotateDeg)]
    const m = rotatePoint(mx, my, cx, cy, rotateDeg)
    out += d("M", a0[0], a0[1], "Q", m[0], m[1], a1[0], a1[1])
  }
  return out
}

/** A simple pointed leaf from base (x, y) towards angle `deg`, length len. */
export function leafD(x: number, y: number, len: number, width: number, deg: number): string {
  const a = (deg * Math.PI) / 180
  const tip: Point = [x + Math.cos(a) * len, y + Math.sin(a) * len]
  const nx = -Math.sin(a) * width,
    ny = Math.cos(a) * width
  const m1: Point = [x + Math.cos(a) * len * 0.45 + nx, y + Math.sin(a) * len * 0.45 + ny]
  const m2: Point = [x + Math.cos(a) * len * 0.45 - nx, y + Math.sin(a) * len * 0.45 - ny]
  return d("M", x, y, "Q", m1[0], m1[1], tip[0], tip[1], "Q", m2[0], m2[1], x, y, "Z")
}

/** Teardrop outline: round base, pointed tip towards `deg`. */
export function teardropPoints(x: number, y: number, len: number, width: number, deg: number, point = 0.5): Point[] {
  const pts: Point[] = []
  const n = 14
  for (let i = 0; i < n; i++) {
    const a = (i / n) * Math.PI * 2
    const u = Math.cos(a)
    const stretch = u > 0 ? 1 + point * u * u : 1
    const narrow = 1 - 0.35 * Math.max(0, u) ** 1.5
    pts.push(rotatePoint(x + u * (len / 2) * stretch - len * 0.1, y + Math.sin(a) * (width / 2) * narrow, x, y, deg))
  }
  return pts
}
