/**
 * Containers the goods sit in: a Rishtan ceramic bowl (kosa), a wide painted
 * plate (lagan) and a turned wooden bowl. Bowls return a back and a front layer
 * so a pile can be drawn between them.
 */

import { darken, lighten, mix } from "../core/color"
import { styleChoice, UZ, type Scene } from "../core/scene"
import { cylinderOverlay, softShadow } from "../core/shading"
import { circle, d, ellipse, g, num, path } from "../core/svg"
import { bodom, bodomD, star8 } from "./ornaments"

export interface Glaze {
  ground: string
  line: string
  accent: string
  light: string
  inside: string
}

/** Rishtan glaze schemes: ishkor turquoise, white with cobalt, deep cobalt with white and ochre. */
const GLAZES: Glaze[] = [
  { ground: "#2c8fb4", line: UZ.ink, accent: UZ.white, light: "#9fd6e6", inside: "#d8eef2" },
  { ground: "#f3efe4", line: UZ.cobalt, accent: UZ.turquoise, light: "#ffffff", inside: "#e9e3d3" },
  { ground: "#1f4f8f", line: UZ.white, accent: UZ.saffron, light: "#6f9fd8", inside: "#dfe9f2" },
  { ground: "#3a8f86", line: "#143d3a", accent: UZ.saffron, light: "#9fd3c6", inside: "#e4efe8" },
]

export function glazeFor(s: Scene, offset = 0): Glaze {
  return styleChoice({ variant: s.variant + offset, style: s.style }, GLAZES, 3)
}

export interface Bowl {
  /** Drawn before the contents: shadow, interior. */
  back: string
  /** Drawn after the contents: the outside of the bowl. */
  front: string
  rimY: number
  rx: number
  ry: number
}

export interface BowlShape {
  cx: number
  rimY: number
  rx: number
  ry: number
  depth: number
  footRx: number
}

function bowlBodyD(b: BowlShape): string {
  const { cx, rimY, rx, ry, depth, footRx } = b
  const bottom = rimY + depth
  const footRy = (ry * footRx) / rx
  return d(
    "M",
    cx - rx,
    rimY,
    "C",
    cx - rx,
    rimY + depth * 0.55,
    cx - footRx - rx * 0.28,
    bottom,
    cx - footRx,
    bottom,
    "A",
    footRx,
    footRy,
    0,
    0,
    0,
    cx + footRx,
    bottom,
    "C",
    cx + footRx + rx * 0.28,
    bottom,
    cx + rx,
    rimY + depth * 0.55,
    cx + rx,
    rimY,
    "A",
    rx,
    ry,
    0,
    0,
    1,
    cx - rx,
    rimY,
    "Z",
  )
}

/** Half-width and centre of the bowl's outside at depth fraction t (0 rim → 1 foot). */
function latitude(b: BowlShape, t: number): { y: number; r: number; ry: number } {
  const r = b.rx + (b.footRx - b.rx) * Math.pow(t, 1.8)
  return { y: b.rimY + t * b.depth, r, ry: (b.ry * r) / b.rx }
}

function latitudeArc(b: BowlShape, t: number): string {
  const L = latitude(b, t)
  return d("M", b.cx - L.r, L.y, "A", L.r, L.ry, 0, 0, 0, b.cx + L.r, L.y)
}

/** Motifs painted around the bowl, squeezed towards the sides as the surface turns away. */
function bodyOrnament(s: Scene, b: BowlShape, glaze: Glaze): string {
  const parts: string[] = []
  const style = (s.variant + s.rng.int(0, 1)) % 3
  parts.push(path(latitudeArc(b, 0.1), { stroke: glaze.line, strokeWidth: 7, fill: "none" }))
  parts.push(path(latitudeArc(b, 0.6), { stroke: glaze.line, strokeWidth: 5, fill: "none" }))
  parts.push(path(latitudeArc(b, 0.66), { stroke: glaze.accent, strokeWidth: 3, fill: "none" }))
  const band = latitude(b, 0.34)
  const count = 9
  for (let i = 0; i < count; i++) {
    const u = -1 + (2 * (i + 0.5)) / count
    const squeeze = Math.sqrt(1 - u * u)
    const x = b.cx + u * band.r * 0.98
    const y = band.y + band.ry * squeeze
    const size = b.depth * 0.34
    const t = `translate(${num(x)} ${num(y)}) scale(${num(squeeze)} 1)`
    if (style === 0) {
      parts.push(path(bodomD(size, size * 0.55, size * 0.15), { transform: t, fill: glaze.line }))
      parts.push(path(bodomD(size * 0.5, size * 0.25, size * 0.08), { transform: t, fill: glaze.accent }))
    } else if (style === 1) {
      parts.push(g({ transform: t }, star8(0, 0, size * 0.42, glaze.line), star8(0, 0, size * 0.22, glaze.accent)))
    } else {
      parts.push(
        g(
          { transform: t },
          path(bodomD(size * 0.9, size * 0.32), { fill: glaze.line, transform: "rotate(-35)" }),
          path(bodomD(size * 0.9, size * 0.32), { fill: glaze.line, transform: "rotate(35)" }),
          circle(0, size * 0.1, size * 0.12, { fill: glaze.accent }),
        ),
      )
    }
  }
  const low = latitude(b, 0.8)
  for (let i = 0; i < 13; i++) {
    const u = -1 + (2 * (i + 0.5)) / 13
    const squeeze = Math.sqrt(1 - u * u)
    parts.push(ellipse(b.cx + u * low.r, low.y + low.ry * squeeze, 7 * squeeze, 7, { fill: glaze.accent }))
  }
  return g({}, parts)
}

/** A Rishtan kosa. Put the pile between `back` and `front`. */
export function rishtanBowl(s: Scene, shape: BowlShape, glaze = glazeFor(s)): Bowl {
  const { cx, rimY, rx, ry, depth, footRx } = shape
  const body = bowlBodyD(shape)
  const insideFill = s.defs.linear([
    { offset: 0, color: darken(glaze.inside, 0.22) },
    { offset: 0.7, color: glaze.inside },
  ])
  const back = g(
    {},
    softShadow(s, cx + 30, rimY + depth + 10, rx * 1.05, ry * 0.9, 0.45),
    ellipse(cx, rimY, rx, ry, { fill: insideFill }),
    ellipse(cx, rimY, rx - 4, ry - 3, { fill: "none", stroke: glaze.ground, strokeWidth: 10 }),
  )
  const clip = s.defs.clip(path(body))
  const front = g(
    {},
    path(body, { fill: glaze.ground }),
    g({ clipPath: clip }, bodyOrnament(s, shape, glaze), path(body, { fill: cylinderOverlay(s, 1.1) })),
    path(d("M", cx - rx, rimY, "A", rx, ry, 0, 0, 0, cx + rx, rimY), { fill: "none", stroke: glaze.light, strokeWidth: 6, opacity: 0.9 }),
    path(body, { fill: "none", stroke: darken(glaze.ground, 0.45), strokeWidth: 2.5, opacity: 0.5 }),
    ellipse(cx, rimY + depth, footRx, (ry * footRx) / rx, {
      fill: "none",
      stroke: darken(glaze.ground, 0.35),
      strokeWidth: 4,
      opacity: 0.4,
    }),
  )
  return { back, front, rimY, rx, ry }
}

/** A turned walnut-wood bowl with grain rings. */
export function woodenBowl(s: Scene, shape: BowlShape): Bowl {
  const { cx, rimY, rx, ry, depth } = shape
  const wood = mix(UZ.walnut, "#c08850", 0.35)
  const body = bowlBodyD(shape)
  const clip = s.defs.clip(path(body))
  const grain: string[] = []
  for (let t = 0.12; t < 1; t += 0.11) {
    grain.push(
      path(latitudeArc(shape, t + s.rng.range(-0.02, 0.02)), {
        stroke: darken(wood, 0.25),
        strokeWidth: s.rng.range(1.5, 4),
        fill: "none",
        opacity: 0.6,
      }),
    )
  }
  const back = g(
    {},
    softShadow(s, cx + 30, rimY + depth + 10, rx * 1.05, ry * 0.9, 0.45),
    ellipse(cx, rimY, rx, ry, {
      fill: s.defs.linear([
        { offset: 0, color: darken(wood, 0.45) },
        { offset: 0.8, color: darken(wood, 0.05) },
      ]),
    }),
  )
  const front = g(
    {},
    path(body, { fill: wood }),
    g({ clipPath: clip }, grain, path(body, { fill: cylinderOverlay(s, 1.2) })),
    path(d("M", cx - rx, rimY, "A", rx, ry, 0, 0, 0, cx + rx, rimY), { fill: "none", stroke: lighten(wood, 0.35), strokeWidth: 7 }),
  )
  return { back, front, rimY, rx, ry }
}

export interface PlateShape {
  cx: number
  cy: number
  rx: number
  ry: number
}

/** A lagan: a wide plate seen at an angle, its painted rosette squashed into perspective. */
export function laganPlate(s: Scene, p: PlateShape, glaze = glazeFor(s, 1)): string {
  const { cx, cy, rx, ry } = p
  const k = ry / rx
  const parts: string[] = []
  const R = rx
  parts.push(circleRing(0, R * 0.985, glaze.line, R * 0.03))
  const n = 18
  for (let i = 0; i < n; i++) {
    const a = (i / n) * Math.PI * 2
    parts.push(bodom(Math.cos(a) * R * 0.88, Math.sin(a) * R * 0.88, R * 0.15, R * 0.085, (a * 180) / Math.PI + 90, glaze.line))
    const b = a + Math.PI / n
    parts.push(circle(Math.cos(b) * R * 0.9, Math.sin(b) * R * 0.9, R * 0.018, { fill: glaze.accent }))
  }
  parts.push(circleRing(0, R * 0.77, glaze.line, R * 0.014))
  parts.push(circleRing(0, R * 0.73, glaze.accent, R * 0.01))
  parts.push(circle(0, 0, R * 0.62, { fill: mix(glaze.ground, glaze.light, 0.35) }))
  const plateFill = s.defs.radial([
    { offset: 0, color: lighten(glaze.ground, 0.15) },
    { offset: 1, color: darken(glaze.ground, 0.08) },
  ])
  return g(
    {},
    softShadow(s, cx + 25, cy + ry * 0.35, rx * 1.08, ry * 1.05, 0.4),
    ellipse(cx, cy + 16, rx * 0.99, ry * 0.98, { fill: darken(glaze.ground, 0.35) }),
    ellipse(cx, cy + 8, rx, ry, { fill: darken(glaze.ground, 0.15) }),
    ellipse(cx, cy, rx, ry, { fill: plateFill }),
    g({ transform: `translate(${num(cx)} ${num(cy)}) scale(1 ${num(k)})` }, parts),
    ellipse(cx, cy, rx, ry, {
      fill: s.defs.linear([
        { offset: 0, color: "#fff", opacity: 0.18 },
        { offset: 0.5, color: "#fff", opacity: 0 },
        { offset: 1, color: "#000", opacity: 0.12 },
      ]),
    }),
  )
}

function circleRing(c: number, r: number, stroke: string, width: number): string {
  return circle(c, c, r, { fill: "none", stroke, strokeWidth: width })
}

/** A wooden serving board, seen from above at an angle, with a handle to the right. */
export function woodBoard(s: Scene, cx: number, cy: number, w: number, h: number): string {
  const wood = mix("#b98552", UZ.walnut, s.rng.range(0.1, 0.35))
  const x = cx - w / 2,
    y = cy - h / 2
  const outline = d(
    "M",
    x + 30,
    y,
    "L",
    x + w - 30,
    y,
    "Q",
    x + w,
    y,
    x + w,
    y + 30,
    "L",
    x + w + 4,
    y + h * 0.3,
    "Q",
    x + w + 60,
    y + h * 0.32,
    x + w + 90,
    y + h * 0.42,
    "Q",
    x + w + 110,
    y + h * 0.5,
    x + w + 90,
    y + h * 0.58,
    "Q",
    x + w + 60,
    y + h * 0.68,
    x + w + 4,
    y + h * 0.7,
    "L",
    x + w,
    y + h - 30,
    "Q",
    x + w,
    y + h,
    x + w - 30,
    y + h,
    "L",
    x + 30,
    y + h,
    "Q",
    x,
    y + h,
    x,
    y + h - 30,
    "L",
    x,
    y + 30,
    "Q",
    x,
    y,
    x + 30,
    y,
    "Z",
  )
  const grain: string[] = []
  for (let i = 0; i < 9; i++) {
    const gy = y + 20 + (i + s.rng.range(0, 0.6)) * (h / 9)
    grain.push(
      path(d("M", x + 10, gy, "Q", cx + s.rng.range(-150, 150), gy + s.rng.range(-14, 14), x + w - 10, gy + s.rng.range(-6, 6)), {
        stroke: darken(wood, 0.2),
        strokeWidth: s.rng.range(1.5, 3),
        fill: "none",
        opacity: 0.5,
      }),
    )
  }
  const clip = s.defs.clip(path(outline))
  return g(
    {},
    softShadow(s, cx + 30, cy + h * 0.45, w * 0.62, h * 0.32, 0.45),
    path(outline, { fill: darken(wood, 0.35), transform: "translate(0 16)" }),
    path(outline, { fill: wood }),
    g({ clipPath: clip }, grain),
    circle(x + w + 70, y + h * 0.5, 12, { fill: darken(wood, 0.45) }),
    path(outline, {
      fill: s.defs.linear([
        { offset: 0, color: "#fff", opacity: 0.2 },
        { offset: 1, color: "#000", opacity: 0.1 },
      ]),
    }),
  )
}
