/**
 * Nuts and kernels: walnut halves (with a few whole walnuts in shell), almonds,
 * split pistachios, apricot kernels with cracked stones.
 */

import { darken, lighten, mix } from "../core/color"
import type { Rng } from "../core/prng"
import type { Scene } from "../core/scene"
import { glint, roundFill } from "../core/shading"
import { blob, rotatePoint, teardropPoints, wrinkles } from "../core/shapes"
import { d, ellipse, g, path, smoothClosed } from "../core/svg"
import { heapStillLife, type ItemDrawer } from "../scene/pile"
import type { MotifTable } from "./types"

function tone(s: Scene, rng: Rng, spread = 0.2): string {
  return mix(s.item.base, rng.chance(0.5) ? darken(s.item.base, spread) : lighten(s.item.base, spread * 0.7), rng.range(0, 1))
}

/** Lines running from the base to the tip of a teardrop. */
function grooves(x: number, y: number, len: number, width: number, deg: number, count: number, rng: Rng): string {
  let out = ""
  for (let i = 0; i < count; i++) {
    const v = (i / (count - 1) - 0.5) * width * 0.65 + rng.range(-3, 3)
    const a = rotatePoint(x - len * 0.42, y + v * 0.8, x, y, deg)
    const m = rotatePoint(x, y + v * 1.05, x, y, deg)
    const b = rotatePoint(x + len * 0.5, y + v * 0.2, x, y, deg)
    out += d("M", a[0], a[1], "Q", m[0], m[1], b[0], b[1])
  }
  return out
}

const almond: ItemDrawer = (s, x, y, size, rng) => {
  const deg = rng.range(0, 360)
  const fill = tone(s, rng)
  const len = size,
    w = size * 0.58
  return g(
    {},
    path(smoothClosed(teardropPoints(x, y, len, w, deg, 0.55)), { fill: roundFill(s, fill), stroke: darken(fill, 0.45), strokeWidth: 2 }),
    path(grooves(x, y, len, w, deg, 5, rng), { stroke: darken(fill, 0.25), strokeWidth: 2.2, fill: "none", opacity: 0.7 }),
    glint(x - size * 0.12, y - size * 0.12, size * 0.16, size * 0.06, deg, 0.3),
  )
}

const apricotKernel: ItemDrawer = (s, x, y, size, rng) => {
  if (rng.chance(0.18)) return apricotStone(s, x, y, size * 1.15, rng)
  const deg = rng.range(0, 360)
  const fill = tone(s, rng, 0.15)
  const len = size,
    w = size * 0.7
  return g(
    {},
    path(smoothClosed(teardropPoints(x, y, len, w, deg, 0.35)), { fill: roundFill(s, fill), stroke: darken(fill, 0.4), strokeWidth: 2 }),
    path(wrinkles(rng, x, y, len * 0.45, w * 0.45, deg, 3, 0.5), { stroke: darken(fill, 0.2), strokeWidth: 2, fill: "none", opacity: 0.6 }),
    glint(x - size * 0.1, y - size * 0.12, size * 0.14, size * 0.06, deg, 0.35),
  )
}

/** Half of a cracked apricot stone: woody shell with the kernel's hollow. */
function apricotStone(s: Scene, x: number, y: number, size: number, rng: Rng): string {
  const deg = rng.range(0, 360)
  const shell = mix(darken(s.item.base, 0.2), "#8a5a36", 0.5)
  return g(
    {},
    path(smoothClosed(teardropPoints(x, y, size, size * 0.78, deg, 0.25)), {
      fill: roundFill(s, shell),
      stroke: darken(shell, 0.45),
      strokeWidth: 2,
    }),
    path(smoothClosed(teardropPoints(x, y, size * 0.72, size * 0.5, deg, 0.3)), { fill: darken(shell, 0.35) }),
    path(smoothClosed(teardropPoints(x + 2, y + 2, size * 0.6, size * 0.38, deg, 0.3)), { fill: lighten(shell, 0.2), opacity: 0.5 }),
  )
}

/** A walnut kernel half: two bumpy lobes either side of a dark groove, each wrinkled like a brain. */
const walnutHalf: ItemDrawer = (s, x, y, size, rng) => {
  if (rng.chance(0.2)) return walnutInShell(s, x, y, size, rng)
  const deg = rng.range(-35, 35)
  const fill = tone(s, rng, 0.18)
  const R = size * 0.5
  const parts: string[] = [path(blob(rng, x, y, R * 0.98, R * 0.86, deg, 0.04, 10), { fill: darken(fill, 0.55) })]
  for (const k of [-1, 1]) {
    const [lx, ly] = rotatePoint(x + k * R * 0.47, y, x, y, deg)
    const rot = deg + k * 6
    parts.push(
      path(blob(rng, lx, ly, R * 0.5, R * 0.82, rot, 0.09, 12), {
        fill: roundFill(s, fill, 1.1),
        stroke: darken(fill, 0.5),
        strokeWidth: 2,
      }),
      path(wrinkles(rng, lx, ly, R * 0.45, R * 0.75, rot, 4, 0.6), {
        stroke: darken(fill, 0.45),
        strokeWidth: 3.5,
        fill: "none",
        strokeLinecap: "round",
        opacity: 0.85,
      }),
      path(wrinkles(rng, lx - R * 0.05, ly - R * 0.12, R * 0.4, R * 0.6, rot, 2, 0.5), {
        stroke: lighten(fill, 0.4),
        strokeWidth: 2.5,
        fill: "none",
        strokeLinecap: "round",
        opacity: 0.7,
      }),
    )
  }
  return g({}, parts)
}

/** A whole walnut: pale, round, pitted shell with a raised seam. */
function walnutInShell(s: Scene, x: number, y: number, size: number, rng: Rng): string {
  const shell = mix(lighten(s.item.base, 0.15), "#c4a06e", 0.6)
  const r = size * 0.52
  const deg = rng.range(-30, 30)
  const top = rotatePoint(x, y - r, x, y, deg),
    bottom = rotatePoint(x, y + r, x, y, deg),
    mid = rotatePoint(x + r * 0.12, y, x, y, deg)
  const pits: string[] = []
  for (let i = 0; i < 14; i++) {
    const a = rng.range(0, Math.PI * 2),
      rr = Math.sqrt(rng.next()) * r * 0.8
    pits.push(ellipse(x + Math.cos(a) * rr, y + Math.sin(a) * rr, rng.range(2, 5), rng.range(1.5, 3)))
  }
  return g(
    {},
    path(blob(rng, x, y, r * 0.95, r, deg, 0.05, 10), { fill: roundFill(s, shell, 1.1), stroke: darken(shell, 0.45), strokeWidth: 2 }),
    path(wrinkles(rng, x, y, r, r, deg, 7, 0.65), { stroke: darken(shell, 0.3), strokeWidth: 2.5, fill: "none", opacity: 0.7 }),
    g({ fill: darken(shell, 0.35), opacity: 0.6 }, pits),
    path(d("M", top[0], top[1], "Q", mid[0], mid[1], bottom[0], bottom[1]), { stroke: darken(shell, 0.4), strokeWidth: 5, fill: "none" }),
    path(d("M", top[0] - 3, top[1], "Q", mid[0] - 3, mid[1], bottom[0] - 3, bottom[1]), {
      stroke: lighten(shell, 0.4),
      strokeWidth: 2,
      fill: "none",
    }),
  )
}

const pistachio: ItemDrawer = (s, x, y, size, rng) => {
  const deg = rng.range(-180, 180)
  const shell = mix("#e6d3ad", s.item.base, 0.08)
  const kernel = s.item.base
  const len = size,
    w = size * 0.66
  const open = rng.range(0.1, 0.2) * w
  const body = smoothClosed(teardropPoints(x, y, len, w, deg, 0.15))
  const a = rotatePoint(x - len * 0.46, y, x, y, deg),
    b = rotatePoint(x + len * 0.5, y, x, y, deg)
  const up = rotatePoint(x, y - open, x, y, deg),
    dn = rotatePoint(x, y + open, x, y, deg)
  const seam = d("M", a[0], a[1], "Q", up[0], up[1], b[0], b[1], "Q", dn[0], dn[1], a[0], a[1], "Z")
  const skin = mix("#7a3f52", kernel, 0.35)
  return g(
    {},
    path(body, { fill: roundFill(s, shell, 0.9), stroke: darken(shell, 0.45), strokeWidth: 2 }),
    path(seam, { fill: skin }),
    ellipse((up[0] + a[0] + b[0]) / 3, (up[1] + a[1] + b[1]) / 3, len * 0.24, open * 0.7, {
      fill: roundFill(s, kernel, 1.2),
      transform: `rotate(${Math.round(deg)} ${Math.round((up[0] + a[0] + b[0]) / 3)} ${Math.round((up[1] + a[1] + b[1]) / 3)})`,
    }),
    path(seam, { fill: "none", stroke: darken(shell, 0.5), strokeWidth: 1.5 }),
    glint(x - size * 0.12, y - size * 0.16, size * 0.14, size * 0.05, deg, 0.4),
  )
}

/** Single pieces, for assortments (gift boxes). */
export const NUT_PIECES = { almond, apricotKernel, walnutHalf, pistachio }

export const nutMotifs: MotifTable<"walnut" | "almond" | "pistachio" | "apricot_kernel"> = {
  walnut: (s) => ({ body: heapStillLife(s, walnutHalf, { size: 100 }) }),
  almond: (s) => ({ body: heapStillLife(s, almond, { size: 82, spacing: 0.6 }) }),
  pistachio: (s) => ({ body: heapStillLife(s, pistachio, { size: 78, spacing: 0.62 }) }),
  apricot_kernel: (s) => ({ body: heapStillLife(s, apricotKernel, { size: 58, spacing: 0.62, spill: 5 }) }),
}
