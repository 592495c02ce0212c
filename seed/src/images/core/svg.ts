/**
 * Tiny SVG string builder. Numbers always go through `num`, which rounds to one
 * decimal and refuses NaN/Infinity, so the markup is compact and deterministic.
 */

type Attr = string | number | undefined | null | false
export type Attrs = Record<string, Attr>
export type Child = string | false | null | undefined | Child[]

export function num(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`Non-finite number in SVG: ${value}`)
  const r = Math.round(value * 10) / 10
  return Object.is(r, -0) ? "0" : String(r)
}

const escapeAttr = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;")

/** SVG attributes that are camelCase in the spec; every other camelCase key becomes kebab-case. */
const CAMEL_ATTRS = new Set([
  "viewBox",
  "gradientUnits",
  "gradientTransform",
  "patternUnits",
  "patternTransform",
  "clipPathUnits",
  "preserveAspectRatio",
  "stdDeviation",
])

const attrName = (key: string) => (CAMEL_ATTRS.has(key) ? key : key.replace(/[A-Z]/g, (c) => "-" + c.toLowerCase()))

function attrString(attrs: Attrs): string {
  let out = ""
  for (const key of Object.keys(attrs)) {
    const v = attrs[key]
    if (v === undefined || v === null || v === false) continue
    const text = typeof v === "number" ? num(v) : escapeAttr(v)
    out += ` ${attrName(key)}="${text}"`
  }
  return out
}

function flat(children: Child): string {
  if (Array.isArray(children)) return children.map(flat).join("")
  return children ? children : ""
}

/** Shapes whose `opacity` can be expressed as paint opacity. */
const LEAF_SHAPES = new Set(["path", "ellipse", "circle", "rect", "line", "polygon", "polyline"])

/**
 * `opacity` on an element makes librsvg composite it through an offscreen
 * surface, which is 2–3× slower for heaps of small shapes; on a single shape
 * fill-opacity + stroke-opacity look the same, so use those instead.
 */
function paintOpacity(tag: string, attrs: Attrs): Attrs {
  if (!LEAF_SHAPES.has(tag) || attrs.opacity === undefined || attrs.opacity === null || attrs.opacity === false) return attrs
  const { opacity, ...rest } = attrs
  return { ...rest, fillOpacity: opacity, strokeOpacity: opacity }
}

export function el(tag: string, attrs: Attrs = {}, children?: Child): string {
  attrs = paintOpacity(tag, attrs)
  const inner = flat(children ?? null)
  return inner ? `<${tag}${attrString(attrs)}>${inner}</${tag}>` : `<${tag}${attrString(attrs)}/>`
}

export const g = (attrs: Attrs, ...children: Child[]) => el("g", attrs, children)
export const path = (d: string, attrs: Attrs = {}) => el("path", { d, ...attrs })
export const circle = (cx: number, cy: number, r: number, attrs: Attrs = {}) => el("circle", { cx, cy, r, ...attrs })
export const ellipse = (cx: number, cy: number, rx: number, ry: number, attrs: Attrs = {}) => el("ellipse", { cx, cy, rx, ry, ...attrs })
export const rect = (x: number, y: number, width: number, height: number, attrs: Attrs = {}) =>
  el("rect", { x, y, width, height, ...attrs })

/** Path data from commands and numbers: d("M", 1, 2, "L", 3, 4) → "M1 2L3 4". */
export function d(...parts: (string | number)[]): string {
  let out = ""
  let prevNumber = false
  for (const p of parts) {
    if (typeof p === "number") {
      out += (prevNumber ? " " : "") + num(p)
      prevNumber = true
    } else {
      out += p
      prevNumber = false
    }
  }
  return out
}

export type Point = [number, number]

/** Many circles as one path (one element renders far faster than dozens): [x, y, r][]. */
export function circlesD(circles: [number, number, number][]): string {
  return circles.map(([x, y, r]) => d("M", x - r, y, "a", r, r, 0, 1, 0, r * 2, 0, "a", r, r, 0, 1, 0, -r * 2, 0, "Z")).join("")
}

/** Polygon / polyline path from points. */
export function poly(points: Point[], close = true): string {
  return points.map(([x, y], i) => (i ? "L" : "M") + num(x) + " " + num(y)).join("") + (close ? "Z" : "")
}

/** A smooth closed curve through points (Catmull-Rom → cubic Bézier). */
export function smoothClosed(points: Point[], tension = 1): string {
  const n = points.length
  let out = "M" + num(points[0][0]) + " " + num(points[0][1])
  for (let i = 0; i < n; i++) {
    const p0 = points[(i - 1 + n) % n],
      p1 = points[i],
      p2 = points[(i + 1) % n],
      p3 = points[(i + 2) % n]
    const c1x = p1[0] + ((p2[0] - p0[0]) / 6) * tension
    const c1y = p1[1] + ((p2[1] - p0[1]) / 6) * tension
    const c2x = p2[0] - ((p3[0] - p1[0]) / 6) * tension
    const c2y = p2[1] - ((p3[1] - p1[1]) / 6) * tension
    out += "C" + [c1x, c1y, c2x, c2y, p2[0], p2[1]].map(num).join(" ")
  }
  return out + "Z"
}

export interface Stop {
  offset: number
  color: string
  opacity?: number
}

const stopsMarkup = (stops: Stop[]) =>
  stops.map((s) => el("stop", { offset: s.offset, "stop-color": s.color, "stop-opacity": s.opacity ?? undefined })).join("")

/**
 * Collects <defs>. Identical definitions are shared, ids are sequential so the
 * output is deterministic.
 */
export class Defs {
  private byBody = new Map<string, string>()
  private items: string[] = []
  constructor(private prefix = "d") {}

  private add(make: (id: string) => string, body: string): string {
    const existing = this.byBody.get(body)
    if (existing) return existing
    const id = `${this.prefix}${this.items.length}`
    this.items.push(make(id))
    this.byBody.set(body, id)
    return id
  }

  /** Linear gradient in objectBoundingBox units by default; returns "url(#id)". */
  linear(stops: Stop[], x1 = 0, y1 = 0, x2 = 0, y2 = 1, userSpace = false): string {
    const attrs = { x1, y1, x2, y2, gradientUnits: userSpace ? "userSpaceOnUse" : undefined }
    const body = "L" + JSON.stringify([stops, attrs])
    const id = this.add((id) => el("linearGradient", { id, ...attrs }, stopsMarkup(stops)), body)
    return `url(#${id})`
  }

  /** Radial gradient; cx/cy/r in bounding-box fractions unless userSpace. */
  radial(stops: Stop[], cx = 0.5, cy = 0.5, r = 0.5, fx?: number, fy?: number, userSpace = false): string {
    const attrs = { cx, cy, r, fx, fy, gradientUnits: userSpace ? "userSpaceOnUse" : undefined }
    const body = "R" + JSON.stringify([stops, attrs])
    const id = this.add((id) => el("radialGradient", { id, ...attrs }, stopsMarkup(stops)), body)
    return `url(#${id})`
  }

  /** A clip path from shape markup; returns "url(#id)". */
  clip(shapes: string): string {
    const id = this.add((id) => el("clipPath", { id }, shapes), "C" + shapes)
    return `url(#${id})`
  }

  /** A user-space pattern tile; returns "url(#id)". */
  pattern(width: number, height: number, content: string, transform?: string): string {
    const attrs = { width, height, patternUnits: "userSpaceOnUse", patternTransform: transform }
    const body = "P" + JSON.stringify(attrs) + content
    const id = this.add((id) => el("pattern", { id, ...attrs }, content), body)
    return `url(#${id})`
  }

  toString(): string {
    return this.items.length ? `<defs>${this.items.join("")}</defs>` : ""
  }
}

export function svgDocument(width: number, height: number, defs: Defs, body: Child): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    defs.toString() +
    flat(body) +
    `</svg>`
  )
}
