/**
 * The soft room behind every product: a tinted wall with a faint Uzbek ornament
 * (niche arch, suzani medallions, girih tiles or a hanging ikat), and a table
 * surface, sometimes dressed with an ikat runner or a linen cloth.
 */

import { darken, lighten, mix } from "../core/color"
import { SIZE, styleChoice, UZ, type Scene } from "../core/scene"
import { g, path, rect, poly, circle } from "../core/svg"
import { archD, ikatLozenge, rosette, star8 } from "./ornaments"

type WallStyle = "arch" | "medallions" | "tiles" | "ikat"
type TableStyle = "plain" | "runner" | "alacha"

const WALLS: WallStyle[] = ["arch", "medallions", "tiles", "ikat"]
const TABLES: TableStyle[] = ["plain", "runner", "alacha"]

function wallStyleFor(s: Scene): WallStyle {
  return styleChoice(s, WALLS, 0)
}

function tableStyleFor(s: Scene): TableStyle {
  return styleChoice(s, TABLES, 1)
}

/** Ornament colours toned down towards the background so products stay the subject. */
function softAccent(s: Scene, color: string, amount = 0.55): string {
  return mix(color, s.bg.base, amount)
}

function wall(s: Scene, horizon: number): string {
  const fill = s.defs.linear(
    [
      { offset: 0, color: s.bg.wallTop },
      { offset: 1, color: s.bg.wallBottom },
    ],
    0,
    0,
    0,
    horizon,
    true,
  )
  const glow = s.defs.radial(
    [
      { offset: 0, color: "#fff", opacity: 0.45 },
      { offset: 1, color: "#fff", opacity: 0 },
    ],
    600,
    420,
    620,
    undefined,
    undefined,
    true,
  )
  return rect(0, 0, SIZE, horizon + 2, { fill }) + rect(0, 0, SIZE, horizon, { fill: glow })
}

function archNiche(s: Scene, horizon: number): string {
  const w = s.rng.range(700, 820)
  const x = (SIZE - w) / 2
  const inner = mix(s.bg.wallBottom, s.bg.tracery, 0.35)
  const border = s.bg.tracery
  return g(
    {},
    path(archD(x - 26, 70, w + 52, horizon - 70), { fill: "none", stroke: border, strokeWidth: 6, opacity: 0.55 }),
    path(archD(x, 96, w, horizon - 96), { fill: inner }),
    path(archD(x + 18, 114, w - 36, horizon - 114), {
      fill: "none",
      stroke: border,
      strokeWidth: 2.5,
      strokeDasharray: "2 10",
      strokeLinecap: "round",
      opacity: 0.8,
    }),
  )
}

function medallions(s: Scene): string {
  const c = {
    ground: mix(s.bg.tracery, s.bg.wallTop, 0.55),
    petals: mix(s.bg.tracery, s.bg.wallTop, 0.15),
    inner: mix(s.bg.tracery, s.bg.wallTop, 0.4),
    heart: s.bg.wallTop,
    dots: mix(s.bg.tracery, s.bg.wallTop, 0.2),
  }
  const r = s.rng.range(230, 270)
  return g(
    { opacity: 0.6 },
    rosette(60, 90, r, 12, c, s.rng),
    rosette(SIZE - 60, 90, r, 12, c, s.rng),
    rosette(SIZE / 2, -r * 0.55, r * 0.8, 10, c, s.rng),
  )
}

function tiles(s: Scene, horizon: number): string {
  const cell = 150
  const c = s.bg.tracery
  const tile = g(
    {},
    star8(cell / 2, cell / 2, cell * 0.34, "none", { stroke: c, strokeWidth: 3 }),
    star8(0, 0, cell * 0.2, c, { opacity: 0.5 }),
    star8(cell, 0, cell * 0.2, c, { opacity: 0.5 }),
    star8(0, cell, cell * 0.2, c, { opacity: 0.5 }),
    star8(cell, cell, cell * 0.2, c, { opacity: 0.5 }),
    circle(cell / 2, cell / 2, cell * 0.08, { fill: c }),
  )
  const fill = s.defs.pattern(cell, cell, tile, `translate(${Math.round(s.rng.range(0, cell))} 20)`)
  const fade = s.defs.linear([
    { offset: 0, color: "#fff", opacity: 0.5 },
    { offset: 1, color: "#fff", opacity: 0.05 },
  ])
  return g({}, rect(0, 0, SIZE, horizon, { fill, opacity: 0.45 }), rect(0, 0, SIZE, horizon, { fill: fade }))
}

function ikatColors(s: Scene): string[] {
  const sets = [
    [UZ.pomegranate, UZ.saffron, UZ.cobalt, UZ.white],
    [UZ.turquoise, UZ.madder, UZ.saffron, UZ.white],
    [UZ.cobalt, UZ.ochre, UZ.leaf, UZ.cream],
  ]
  return s.rng.pick(sets)
}

/** An ikat textile filling a rectangle: columns of feathered lozenges. */
export function ikatCloth(s: Scene, x: number, y: number, w: number, h: number, colors: string[], soften = 0.35): string {
  const [a, b, c, ground] = colors.map((col) => softAccent(s, col, soften))
  const col = 120
  const parts: string[] = [rect(x, y, w, h, { fill: ground })]
  const cols = Math.ceil(w / col) + 1
  for (let i = 0; i < cols; i++) {
    const cx = x + i * col + col / 2
    const rows = Math.ceil(h / 200) + 1
    for (let j = 0; j < rows; j++) {
      const cy = y + j * 200 + (i % 2) * 100
      parts.push(path(ikatLozenge(cx, cy, col * 0.95, 190, s.rng), { fill: i % 2 ? a : b }))
      parts.push(path(ikatLozenge(cx, cy, col * 0.45, 90, s.rng, 10), { fill: c }))
      parts.push(path(ikatLozenge(cx, cy, col * 0.16, 34, s.rng, 6), { fill: ground }))
    }
  }
  const clip = s.defs.clip(rect(x, y, w, h))
  return g({ clipPath: clip }, parts)
}

function hangingIkat(s: Scene, horizon: number): string {
  const w = 300
  const x = s.rng.chance(0.5) ? 70 : SIZE - 70 - w
  const colors = ikatColors(s)
  return g(
    { opacity: 0.85 },
    rect(x + 10, 40, w, horizon - 60, { fill: s.bg.shadow, opacity: 0.12 }),
    ikatCloth(s, x, 30, w, horizon - 60, colors, 0.5),
  )
}

function table(s: Scene, horizon: number): string {
  const fill = s.defs.linear(
    [
      { offset: 0, color: darken(s.bg.table, 0.06) },
      { offset: 0.25, color: s.bg.table },
      { offset: 1, color: lighten(s.bg.table, 0.12) },
    ],
    0,
    horizon,
    0,
    SIZE,
    true,
  )
  return g({}, rect(0, horizon, SIZE, SIZE - horizon, { fill }), rect(0, horizon, SIZE, 3, { fill: s.bg.tableEdge, opacity: 0.35 }))
}

/** A runner in perspective: a trapezoid crossing the table, filled with ikat. */
function runner(s: Scene, horizon: number): string {
  const top = horizon + 30
  const colors = ikatColors(s)
  const shape = poly([
    [-40, top + 40],
    [SIZE + 40, top],
    [SIZE + 40, top + 230],
    [-40, top + 300],
  ])
  const clip = s.defs.clip(path(shape))
  return g(
    {},
    path(shape, { fill: s.bg.shadow, opacity: 0.12, transform: "translate(0 10)" }),
    g({ clipPath: clip }, ikatCloth(s, -40, top - 20, SIZE + 80, 360, colors, 0.45)),
  )
}

/** Alacha: striped cotton cloth across the table, stripes widening towards the viewer. */
function alacha(s: Scene, horizon: number): string {
  const cloth = mix(s.bg.base, "#fffaf0", 0.55)
  const stripeSets = [
    [UZ.pomegranate, UZ.cobalt, UZ.saffron],
    [UZ.madder, UZ.leaf, UZ.ochre],
    [UZ.cobalt, UZ.turquoise, UZ.pomegranate],
  ]
  const colors = s.rng.pick(stripeSets).map((c) => softAccent(s, c, 0.35))
  const top = horizon + 50
  const parts: string[] = [
    rect(0, top + 8, SIZE, SIZE - top, { fill: s.bg.shadow, opacity: 0.1 }),
    rect(0, top, SIZE, SIZE - top, { fill: cloth }),
  ]
  let y = top + 14
  for (let i = 0; y < SIZE; i++) {
    const k = 1 + (y - top) / 260
    const c = colors[i % colors.length]
    parts.push(rect(0, y, SIZE, 5 * k, { fill: c }))
    parts.push(rect(0, y + 9 * k, SIZE, 2 * k, { fill: c, opacity: 0.7 }))
    y += 60 * k
  }
  parts.push(rect(0, top, SIZE, 4, { fill: darken(cloth, 0.15) }))
  return g({}, parts)
}

export interface BackdropOptions {
  /** Where the wall meets the table (y). */
  horizon?: number
  wall?: WallStyle
  table?: TableStyle
}

export function backdrop(s: Scene, options: BackdropOptions = {}): string {
  const horizon = options.horizon ?? 760
  const wallStyle = options.wall ?? wallStyleFor(s)
  const tableStyle = options.table ?? tableStyleFor(s)
  const decor = {
    arch: () => archNiche(s, horizon),
    medallions: () => medallions(s),
    tiles: () => tiles(s, horizon),
    ikat: () => hangingIkat(s, horizon),
  }[wallStyle]()
  const cloth = { plain: () => "", runner: () => runner(s, horizon), alacha: () => alacha(s, horizon) }[tableStyle]()
  return g({}, wall(s, horizon), decor, table(s, horizon), cloth)
}
