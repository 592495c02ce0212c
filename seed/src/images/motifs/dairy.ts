/**
 * Dairy: qurt (dried salty yogurt balls) heaped in a bowl, suzma (strained
 * yogurt) in a kosa with dill beside a round non, and a block of butter on a
 * board.
 */

import { darken, lighten, mix } from "../core/color"
import type { Rng } from "../core/prng"
import { UZ, type Scene } from "../core/scene"
import { glint, roundFill, softShadow } from "../core/shading"
import { blob } from "../core/shapes"
import { circle, circlesD, d, ellipse, g, num, path, poly, rect, type Point } from "../core/svg"
import { heapStillLife, type ItemDrawer } from "../scene/pile"
import { laganPlate, rishtanBowl, woodBoard } from "../scene/vessels"
import type { MotifTable } from "./types"

const qurtBall: ItemDrawer = (s, x, y, size, rng) => {
  const r = size * 0.5
  const fill = mix(s.item.base, darken(s.item.base, 0.15), rng.range(0, 1))
  const specks: [number, number, number][] = []
  for (let i = 0; i < 9; i++) {
    const a = rng.range(0, Math.PI * 2),
      rr = Math.sqrt(rng.next()) * r * 0.75
    specks.push([x + Math.cos(a) * rr, y + Math.sin(a) * rr, rng.range(1.5, 3.5)])
  }
  return g(
    {},
    path(blob(rng, x, y, r, r * 0.95, 0, 0.05, 9), { fill: roundFill(s, fill, 1.1), stroke: darken(fill, 0.35), strokeWidth: 2 }),
    path(circlesD(specks), { fill: darken(fill, 0.25), opacity: 0.55 }),
    glint(x - r * 0.35, y - r * 0.4, r * 0.25, r * 0.12, -35, 0.5),
  )
}

/** Round Uzbek non: thick golden rim, stamped centre, sesame. */
function nonBread(s: Scene, cx: number, cy: number, rx: number, rng: Rng): string {
  const ry = rx * 0.42
  const crust = "#c98a3e"
  const centre = "#e7c08a"
  const stamps: [number, number, number][] = []
  for (let ring = 1; ring <= 3; ring++) {
    const n = ring * 8
    for (let i = 0; i < n; i++) {
      const a = (i / n) * Math.PI * 2 + ring
      stamps.push([cx + Math.cos(a) * rx * 0.17 * ring, cy + 6 + Math.sin(a) * ry * 0.17 * ring, 3.2])
    }
  }
  const seeds: string[] = []
  for (let i = 0; i < 40; i++) {
    const a = rng.range(0, Math.PI * 2),
      rr = rng.range(0.72, 0.92)
    seeds.push(
      ellipse(cx + Math.cos(a) * rx * rr, cy - 4 + Math.sin(a) * ry * rr, 3.5, 2, {
        transform: `rotate(${Math.round(rng.range(0, 180))} ${Math.round(cx + Math.cos(a) * rx * rr)} ${Math.round(cy - 4 + Math.sin(a) * ry * rr)})`,
      }),
    )
  }
  return g(
    {},
    softShadow(s, cx + 20, cy + ry * 0.6, rx * 1.1, ry * 0.8, 0.45),
    ellipse(cx, cy + 18, rx, ry, { fill: darken(crust, 0.3) }),
    ellipse(cx, cy, rx, ry, {
      fill: s.defs.radial(
        [
          { offset: 0.55, color: lighten(crust, 0.2) },
          { offset: 1, color: darken(crust, 0.1) },
        ],
        0.45,
        0.4,
        0.6,
      ),
    }),
    ellipse(cx, cy + 6, rx * 0.62, ry * 0.62, { fill: darken(crust, 0.2), opacity: 0.5 }),
    ellipse(cx, cy + 8, rx * 0.6, ry * 0.6, { fill: centre }),
    path(circlesD(stamps), { fill: darken(crust, 0.25) }),
    g({ fill: "#f6ead0" }, seeds),
  )
}

/** A sprig of dill: a stem with feathery side shoots. */
function dill(x: number, y: number, len: number, deg: number, rng: Rng): string {
  const a = (deg * Math.PI) / 180
  const parts: string[] = []
  const tip: Point = [x + Math.cos(a) * len, y + Math.sin(a) * len]
  parts.push(d("M", x, y, "L", tip[0], tip[1]))
  for (let i = 1; i < 7; i++) {
    const t = i / 7
    const bx = x + Math.cos(a) * len * t,
      by = y + Math.sin(a) * len * t
    for (const side of [-1, 1]) {
      const b = a + side * rng.range(0.5, 0.9)
      const l = len * 0.28 * (1 - t * 0.5)
      const ex = bx + Math.cos(b) * l,
        ey = by + Math.sin(b) * l
      parts.push(d("M", bx, by, "L", ex, ey))
      for (let k = 1; k <= 3; k++) {
        const cx = bx + Math.cos(b) * l * (k / 3.2),
          cy = by + Math.sin(b) * l * (k / 3.2)
        parts.push(
          d(
            "M",
            cx,
            cy,
            "l",
            Math.cos(b + 0.6) * 12,
            Math.sin(b + 0.6) * 12,
            "M",
            cx,
            cy,
            "l",
            Math.cos(b - 0.6) * 12,
            Math.sin(b - 0.6) * 12,
          ),
        )
      }
    }
  }
  return path(parts.join(""), { stroke: "#4f8a3a", strokeWidth: 2.5, fill: "none", strokeLinecap: "round" })
}

/** Suzma in a kosa: a thick white dome with a spoon-made swirl, dill and pepper on top. */
function suzmaBowl(s: Scene, rng: Rng): string {
  const shape = { cx: 600, rimY: 660, rx: 320, ry: 90, depth: 250, footRx: 140 }
  const bowl = rishtanBowl(s, shape)
  const cream = s.item.base
  const dome = d(
    "M",
    600 - 300,
    662,
    "C",
    600 - 280,
    560,
    600 - 120,
    530,
    600,
    528,
    "C",
    600 + 130,
    530,
    600 + 285,
    570,
    600 + 300,
    662,
    "Z",
  )
  const swirl: Point[] = []
  for (let i = 0; i <= 60; i++) {
    const t = i / 60
    const a = t * Math.PI * 5
    const r = 240 * (1 - t)
    swirl.push([600 + Math.cos(a) * r, 608 + Math.sin(a) * r * 0.26 - t * 60])
  }
  const swirlD = swirl.map(([x, y], i) => (i ? "L" : "M") + num(x) + " " + num(y)).join("")
  const pepper: [number, number, number][] = []
  for (let i = 0; i < 18; i++) pepper.push([600 + rng.range(-110, 110), 585 + rng.range(-25, 30), rng.range(2, 4)])
  return g(
    {},
    bowl.back,
    path(dome, {
      fill: s.defs.radial(
        [
          { offset: 0, color: lighten(cream, 0.6) },
          { offset: 0.7, color: cream },
          { offset: 1, color: darken(cream, 0.12) },
        ],
        0.4,
        0.3,
        0.8,
      ),
    }),
    path(swirlD, { stroke: darken(cream, 0.12), strokeWidth: 9, fill: "none", strokeLinecap: "round", opacity: 0.8 }),
    path(swirlD, { stroke: "#fff", strokeWidth: 4, fill: "none", strokeLinecap: "round", opacity: 0.7, transform: "translate(-3 -6)" }),
    path(circlesD(pepper), { fill: UZ.pomegranate, opacity: 0.85 }),
    dill(560, 560, 120, -30 + rng.range(-15, 15), rng),
    bowl.front,
  )
}

/** A wooden spoon with a dollop, lying in front. */
function spoonWithDollop(s: Scene, x: number, y: number, rng: Rng): string {
  const wood = "#c08a50"
  const angle = rng.range(-14, -4)
  return g(
    { transform: `translate(${num(x)} ${num(y)}) rotate(${num(angle)})` },
    ellipse(30, 34, 230, 22, { fill: s.bg.shadow, opacity: 0.25 }),
    rect(40, -9, 260, 18, { rx: 9, fill: wood }),
    ellipse(-10, 0, 70, 42, { fill: darken(wood, 0.1) }),
    ellipse(-10, -4, 58, 32, { fill: s.item.base }),
    ellipse(-22, -12, 22, 9, { fill: "#fff", opacity: 0.7 }),
  )
}

/** A block of butter in perspective with a slice cut away and a curl on top. */
function butterBlock(s: Scene, cx: number, cy: number, rng: Rng): string {
  const c = s.item.base
  const w = 330,
    depth = 150,
    h = 150
  const topFace: Point[] = [
    [cx - w / 2, cy],
    [cx + w / 2 - 60, cy - depth * 0.5],
    [cx + w / 2 + 60, cy - depth * 0.5 + 70],
    [cx - w / 2 + 120, cy + 70],
  ]
  const front: Point[] = [
    [cx - w / 2, cy],
    [cx - w / 2 + 120, cy + 70],
    [cx - w / 2 + 120, cy + 70 + h],
    [cx - w / 2, cy + h],
  ]
  const side: Point[] = [
    [cx - w / 2 + 120, cy + 70],
    [cx + w / 2 + 60, cy - depth * 0.5 + 70],
    [cx + w / 2 + 60, cy - depth * 0.5 + 70 + h],
    [cx - w / 2 + 120, cy + 70 + h],
  ]
  const curlX = cx + 40,
    curlY = cy - 6
  const curl = d(
    "M",
    curlX - 70,
    curlY + 10,
    "C",
    curlX - 60,
    curlY - 50,
    curlX + 60,
    curlY - 50,
    curlX + 70,
    curlY + 4,
    "C",
    curlX + 40,
    curlY - 20,
    curlX - 30,
    curlY - 20,
    curlX - 70,
    curlY + 10,
    "Z",
  )
  const slice: Point[] = [
    [cx + 200, cy + 190],
    [cx + 330, cy + 150],
    [cx + 370, cy + 175],
    [cx + 240, cy + 218],
  ]
  const knife = g(
    { transform: `translate(${num(cx - 330)} ${num(cy + 250)}) rotate(${num(rng.range(-12, -6))})` },
    ellipse(150, 26, 300, 14, { fill: s.bg.shadow, opacity: 0.25 }),
    path(d("M", 0, 0, "L", 260, -14, "Q", 300, -8, 300, 6, "L", 0, 12, "Z"), { fill: "#d9dde2", stroke: "#9aa3ad", strokeWidth: 2 }),
    rect(-170, -6, 175, 28, { rx: 12, fill: UZ.walnut }),
    circle(-120, 8, 4, { fill: "#e8d9b0" }),
    circle(-60, 8, 4, { fill: "#e8d9b0" }),
  )
  return g(
    {},
    softShadow(s, cx + 60, cy + h + 40, w * 0.85, 60, 0.5),
    path(poly(front), { fill: darken(c, 0.08) }),
    path(poly(side), { fill: darken(c, 0.18) }),
    path(poly(topFace), {
      fill: s.defs.linear(
        [
          { offset: 0, color: lighten(c, 0.4) },
          { offset: 1, color: lighten(c, 0.12) },
        ],
        0,
        0,
        1,
        1,
      ),
    }),
    path(poly(topFace), { fill: "none", stroke: lighten(c, 0.6), strokeWidth: 3 }),
    path(curl, { fill: lighten(c, 0.3), stroke: darken(c, 0.1), strokeWidth: 2 }),
    path(poly(slice), { fill: lighten(c, 0.25), stroke: darken(c, 0.12), strokeWidth: 2 }),
    knife,
  )
}

export const dairyMotifs: MotifTable<"qurt" | "suzma" | "butter"> = {
  qurt: (s) => ({ body: heapStillLife(s, qurtBall, { size: 78, spacing: 0.78, sizeJitter: 0.1 }) }),
  suzma: (s) => {
    const rng = s.rng.fork("suzma")
    return {
      backdrop: { horizon: 700 },
      body: g(
        {},
        s.variant % 2 ? nonBread(s, 900, 760, 230, rng) : nonBread(s, 300, 760, 230, rng),
        suzmaBowl(s, rng),
        s.variant % 2 ? spoonWithDollop(s, 330, 1030, rng) : spoonWithDollop(s, 780, 1010, rng),
      ),
    }
  },
  butter: (s) => {
    const rng = s.rng.fork("butter")
    const onPlate = s.variant % 3 === 2
    const bread = s.variant % 2 ? nonBread(s, rng.chance(0.5) ? 880 : 330, 690, 200, rng) : ""
    const stand = onPlate ? laganPlate(s, { cx: 600, cy: 860, rx: 470, ry: 170 }) : woodBoard(s, 560, 820, 820, 360)
    return {
      backdrop: { horizon: 700 },
      body: g({}, bread, stand, butterBlock(s, onPlate ? 500 : 520, onPlate ? 720 : 700, rng)),
    }
  },
}
