/**
 * Honey: a glass jar with an ikat cloth cover tied with string, a wooden dipper
 * dripping into a saucer, and a slab of honeycomb or a sprig of blossom.
 */

import { darken, lighten, mix } from "../core/color"
import type { Rng } from "../core/prng"
import { UZ, type Scene } from "../core/scene"
import { glint, softShadow } from "../core/shading"
import { leafD } from "../core/shapes"
import { circle, d, ellipse, g, num, path, poly, rect, type Point } from "../core/svg"
import { ikatCloth } from "../scene/backdrop"
import { star8 } from "../scene/ornaments"
import { glazeFor } from "../scene/vessels"
import type { MotifTable } from "./types"

export interface Jar {
  cx: number
  bottom: number
  w: number
  h: number
}

function jarBodyD({ cx, bottom, w, h }: Jar): string {
  const top = bottom - h
  const nw = w * 0.36
  const r = w * 0.12
  return d(
    "M",
    cx - nw,
    top,
    "L",
    cx - nw,
    top + h * 0.06,
    "C",
    cx - w / 2,
    top + h * 0.08,
    cx - w / 2,
    top + h * 0.14,
    cx - w / 2,
    top + h * 0.22,
    "L",
    cx - w / 2,
    bottom - r,
    "Q",
    cx - w / 2,
    bottom,
    cx - w / 2 + r,
    bottom,
    "L",
    cx + w / 2 - r,
    bottom,
    "Q",
    cx + w / 2,
    bottom,
    cx + w / 2,
    bottom - r,
    "L",
    cx + w / 2,
    top + h * 0.22,
    "C",
    cx + w / 2,
    top + h * 0.14,
    cx + w / 2,
    top + h * 0.08,
    cx + nw,
    top + h * 0.06,
    "L",
    cx + nw,
    top,
    "Z",
  )
}

function honeyFill(s: Scene): string {
  const c = s.item.base
  return s.defs.linear(
    [
      { offset: 0, color: darken(c, 0.35) },
      { offset: 0.25, color: lighten(c, 0.25) },
      { offset: 0.5, color: lighten(c, 0.05) },
      { offset: 0.85, color: darken(c, 0.2) },
      { offset: 1, color: darken(c, 0.45) },
    ],
    0,
    0,
    1,
    0,
  )
}

/** A cream label with a honeycomb-and-star mark — no lettering, so no fonts are needed. */
function jarLabel(s: Scene, j: Jar): string {
  const lw = j.w * 0.62,
    lh = j.h * 0.3
  const x = j.cx - lw / 2,
    y = j.bottom - j.h * 0.62
  const ink = mix(UZ.cobalt, s.item.base, 0.15)
  const hex = (cx: number, cy: number, r: number) =>
    path(poly(Array.from({ length: 6 }, (_, i): Point => [cx + r * Math.cos((i * Math.PI) / 3), cy + r * Math.sin((i * Math.PI) / 3)])), {
      fill: "none",
      stroke: ink,
      strokeWidth: 4,
    })
  return g(
    {},
    rect(x, y, lw, lh, { rx: 14, fill: UZ.white, opacity: 0.96 }),
    rect(x + 10, y + 10, lw - 20, lh - 20, {
      rx: 8,
      fill: "none",
      stroke: ink,
      strokeWidth: 2.5,
      strokeDasharray: "1 7",
      strokeLinecap: "round",
    }),
    hex(j.cx, y + lh / 2, lh * 0.26),
    star8(j.cx, y + lh / 2, lh * 0.12, UZ.saffron),
    rect(x + lw * 0.12, y + lh / 2 - 3, lw * 0.18, 6, { rx: 3, fill: ink, opacity: 0.5 }),
    rect(x + lw * 0.7, y + lh / 2 - 3, lw * 0.18, 6, { rx: 3, fill: ink, opacity: 0.5 }),
  )
}

/** Cloth cap: an ikat square gathered over the lid, tied with string, flaring to a wavy hem. */
function clothCover(s: Scene, j: Jar, rng: Rng): string {
  const top = j.bottom - j.h
  const nw = j.w * 0.36
  const tieY = top + 10
  const hemY = top + j.h * 0.14
  const left = j.cx - nw * 1.5,
    right = j.cx + nw * 1.5
  const hem: (string | number)[] = []
  const folds = 6
  for (let i = 1; i <= folds; i++) {
    const x0 = right - ((right - left) * (i - 1)) / folds
    const x1 = right - ((right - left) * i) / folds
    const sag = Math.sin(((i - 0.5) / folds) * Math.PI) * 26
    hem.push("Q", (x0 + x1) / 2, hemY + sag + 26 + rng.range(-6, 6), x1, hemY + sag * 0.6 + rng.range(-4, 4))
  }
  const shape = d(
    "M",
    left,
    hemY,
    "C",
    left + nw * 0.25,
    tieY + 20,
    j.cx - nw * 1.05,
    tieY + 8,
    j.cx - nw * 1.02,
    tieY,
    "C",
    j.cx - nw * 1.25,
    top - 10,
    j.cx - nw * 1.1,
    top - 62,
    j.cx,
    top - 66,
    "C",
    j.cx + nw * 1.1,
    top - 62,
    j.cx + nw * 1.25,
    top - 10,
    j.cx + nw * 1.02,
    tieY,
    "C",
    j.cx + nw * 1.05,
    tieY + 8,
    right - nw * 0.25,
    tieY + 20,
    right,
    hemY,
    ...hem,
    "Z",
  )
  const colors = rng.pick([
    [UZ.pomegranate, UZ.saffron, UZ.cobalt, UZ.white],
    [UZ.cobalt, UZ.white, UZ.pomegranate, UZ.sky],
    [UZ.leaf, UZ.saffron, UZ.madder, UZ.cream],
  ])
  const clip = s.defs.clip(path(shape))
  const string = "#c9a46a"
  return g(
    {},
    g({ clipPath: clip }, ikatCloth(s, left - 20, top - 80, right - left + 40, j.h * 0.4, colors, 0.05)),
    path(shape, {
      fill: s.defs.linear(
        [
          { offset: 0, color: "#fff", opacity: 0.25 },
          { offset: 0.4, color: "#fff", opacity: 0 },
          { offset: 1, color: "#000", opacity: 0.28 },
        ],
        0,
        0,
        1,
        1,
      ),
    }),
    path(
      d(
        "M",
        j.cx - nw * 0.6,
        top - 50,
        "Q",
        j.cx - nw * 0.8,
        top - 10,
        j.cx - nw * 0.7,
        tieY - 4,
        "M",
        j.cx + nw * 0.3,
        top - 60,
        "Q",
        j.cx + nw * 0.5,
        top - 20,
        j.cx + nw * 0.45,
        tieY - 4,
      ),
      { stroke: "#000", strokeWidth: 3, opacity: 0.15, fill: "none" },
    ),
    path(d("M", j.cx - nw * 1.04, tieY, "Q", j.cx, tieY + 16, j.cx + nw * 1.04, tieY), {
      stroke: string,
      strokeWidth: 8,
      fill: "none",
      strokeLinecap: "round",
    }),
    path(d("M", j.cx + nw * 0.3, tieY + 8, "q", 30, 50, 6, 96, "M", j.cx + nw * 0.3, tieY + 8, "q", 56, 24, 64, 84), {
      stroke: string,
      strokeWidth: 5,
      fill: "none",
      strokeLinecap: "round",
    }),
    circle(j.cx + nw * 0.3, tieY + 8, 10, { fill: darken(string, 0.1) }),
  )
}

/** A jar of honey in the colour of the scene's item, its cloth cap tied on; gift boxes stand them in a row. */
export function honeyJar(s: Scene, j: Jar, rng: Rng): string {
  const body = jarBodyD(j)
  const clip = s.defs.clip(path(body))
  const top = j.bottom - j.h
  return g(
    {},
    softShadow(s, j.cx + 40, j.bottom, j.w * 0.75, j.w * 0.13, 0.5),
    path(body, { fill: honeyFill(s) }),
    g(
      { clipPath: clip },
      ellipse(j.cx - j.w * 0.1, j.bottom - j.h * 0.45, j.w * 0.3, j.h * 0.35, { fill: lighten(s.item.base, 0.45), opacity: 0.35 }),
      rect(j.cx - j.w * 0.38, top, j.w * 0.07, j.h, { fill: "#fff", opacity: 0.35 }),
      rect(j.cx - j.w * 0.26, top, j.w * 0.025, j.h, { fill: "#fff", opacity: 0.25 }),
      rect(j.cx + j.w * 0.36, top, j.w * 0.04, j.h, { fill: "#fff", opacity: 0.18 }),
    ),
    path(body, { fill: "none", stroke: "#fff", strokeWidth: 4, opacity: 0.6 }),
    jarLabel(s, j),
    clothCover(s, j, rng),
  )
}

/** A wooden honey dipper lying on a saucer, its grooved head coated and dripping. */
function dipperOnSaucer(s: Scene, cx: number, cy: number, rng: Rng): string {
  const glaze = glazeFor(s, 2)
  const wood = "#c8965e"
  const honey = s.item.base
  const angle = rng.range(-22, -12)
  const headRings: string[] = []
  for (let i = 0; i < 5; i++) {
    headRings.push(ellipse(-20 + i * 26, 0, 13, 40 - Math.abs(i - 2) * 5, { fill: wood, stroke: darken(wood, 0.35), strokeWidth: 2 }))
  }
  const dipper = g(
    { transform: `translate(${num(cx - 40)} ${num(cy - 40)}) rotate(${num(angle)})` },
    rect(90, -11, 300, 22, {
      rx: 11,
      fill: s.defs.linear([
        { offset: 0, color: lighten(wood, 0.25) },
        { offset: 1, color: darken(wood, 0.25) },
      ]),
    }),
    circle(392, 0, 14, { fill: darken(wood, 0.1) }),
    headRings,
    path(d("M", -40, -14, "C", 0, -46, 80, -40, 100, -10, "C", 90, 30, 40, 52, 0, 44, "C", -30, 40, -50, 20, -40, -14, "Z"), {
      fill: honey,
      opacity: 0.78,
    }),
    glint(10, -20, 40, 7, 0, 0.5),
  )
  const drip = d("M", cx - 40, cy - 10, "C", cx - 38, cy + 20, cx - 30, cy + 40, cx - 34, cy + 62)
  return g(
    {},
    softShadow(s, cx + 20, cy + 60, 230, 45, 0.45),
    ellipse(cx, cy + 40, 210, 62, { fill: darken(glaze.ground, 0.2) }),
    ellipse(cx, cy + 32, 210, 62, { fill: glaze.ground }),
    ellipse(cx, cy + 32, 150, 42, { fill: darken(glaze.ground, 0.1), stroke: glaze.line, strokeWidth: 4 }),
    ellipse(cx - 30, cy + 66, 60, 16, { fill: honey, opacity: 0.9 }),
    path(drip, { stroke: honey, strokeWidth: 10, fill: "none", strokeLinecap: "round" }),
    dipper,
  )
}

/** A slab of honeycomb: hexagonal cells clipped to a tilted block with a waxy side. */
function honeycomb(s: Scene, cx: number, cy: number, rng: Rng): string {
  const w = 300,
    h = 130
  const wax = mix("#f3d27a", s.item.base, 0.4)
  const top = poly([
    [cx - w / 2, cy - h / 2 + 20],
    [cx + w / 2 - 30, cy - h / 2],
    [cx + w / 2, cy + h / 2 - 20],
    [cx - w / 2 + 30, cy + h / 2],
  ])
  const side = poly([
    [cx - w / 2, cy - h / 2 + 20],
    [cx - w / 2 + 30, cy + h / 2],
    [cx + w / 2, cy + h / 2 - 20],
    [cx + w / 2, cy + h / 2 + 30],
    [cx - w / 2 + 30, cy + h / 2 + 50],
    [cx - w / 2, cy - h / 2 + 70],
  ])
  const cells: string[] = []
  const r = 20
  for (let row = -4; row <= 4; row++) {
    for (let col = -8; col <= 8; col++) {
      const x = cx + col * r * 1.5
      const y = cy + row * r * 0.62 * 1.732 + (col % 2 ? r * 0.31 * 1.732 : 0)
      const pts = Array.from({ length: 6 }, (_, i): Point => [
        x + r * 0.9 * Math.cos((i * Math.PI) / 3),
        y + r * 0.9 * 0.62 * Math.sin((i * Math.PI) / 3),
      ])
      cells.push(path(poly(pts), { fill: rng.chance(0.8) ? s.item.base : lighten(s.item.base, 0.3), stroke: wax, strokeWidth: 4 }))
    }
  }
  const clip = s.defs.clip(path(top))
  return g(
    {},
    softShadow(s, cx + 20, cy + 70, w * 0.6, 40, 0.5),
    path(side, { fill: darken(wax, 0.15) }),
    path(side, { fill: "none", stroke: darken(wax, 0.3), strokeWidth: 2 }),
    path(top, { fill: wax }),
    g({ clipPath: clip }, cells),
    path(top, {
      fill: s.defs.linear([
        { offset: 0, color: "#fff", opacity: 0.3 },
        { offset: 1, color: "#fff", opacity: 0 },
      ]),
    }),
  )
}

/** A sprig of white blossom (acacia / cotton) for the field the honey came from. */
function blossom(s: Scene, x: number, y: number, rng: Rng): string {
  const parts: string[] = [
    softShadow(s, x + 110, y + 6, 150, 18, 0.35),
    path(d("M", x, y, "q", 60, -80, 180, -110), { stroke: "#6a7d3a", strokeWidth: 6, fill: "none", strokeLinecap: "round" }),
  ]
  for (let i = 0; i < 4; i++) {
    const bx = x + 40 + i * 40,
      by = y - 40 - i * 22
    parts.push(path(leafD(bx, by, 60, 16, -100 + rng.range(-30, 30)), { fill: UZ.leaf }))
    const fx = bx + rng.range(-10, 20),
      fy = by + rng.range(10, 30)
    for (let p = 0; p < 5; p++) {
      const a = (p / 5) * Math.PI * 2
      parts.push(circle(fx + Math.cos(a) * 12, fy + Math.sin(a) * 12, 10, { fill: "#fffaf0", stroke: "#e6dcc8", strokeWidth: 1.5 }))
    }
    parts.push(circle(fx, fy, 6, { fill: UZ.saffron }))
  }
  return g({}, parts)
}

export const honeyMotifs: MotifTable<"honey"> = {
  honey: (s) => {
    const rng = s.rng.fork("honey")
    const tall = s.variant % 2 === 0
    const jar: Jar = { cx: 500, bottom: 930, w: tall ? 330 : 390, h: tall ? 520 : 430 }
    const companion = s.variant % 3 === 1 ? blossom(s, 700, 830, rng) : honeycomb(s, 880, 800, rng)
    return {
      backdrop: { horizon: 720 },
      body: g({}, companion, honeyJar(s, jar, rng), dipperOnSaucer(s, 740, 1000, rng)),
    }
  },
}
