/**
 * Gift box: an open box with compartments of what it holds (the spec's
 * `contents`: dried fruit and nuts in six heaps, or jars of honey standing in a
 * row), its lid (ikat, suzani or girih) leaning behind, tied with a ribbon and bow.
 */

import type { GiftContent } from "../../catalog-types"
import { darken, lighten, mix } from "../core/color"
import type { Rng } from "../core/prng"
import { tonesOf, UZ, type Scene } from "../core/scene"
import { softShadow } from "../core/shading"
import { circle, d, g, num, path, poly, rect, type Point } from "../core/svg"
import { ikatCloth } from "../scene/backdrop"
import { rosette, star8 } from "../scene/ornaments"
import type { ItemDrawer } from "../scene/pile"
import { FRUIT_PIECES } from "./fruit"
import { honeyJar } from "./honey"
import { NUT_PIECES } from "./nuts"
import type { MotifTable } from "./types"

interface Assortment {
  draw: ItemDrawer
  color: string
  size: number
}

const PIECES: Record<Exclude<GiftContent, "honey">, Assortment> = {
  apricot: { draw: FRUIT_PIECES.driedApricot, color: "#f29a2e", size: 70 },
  raisin: { draw: FRUIT_PIECES.raisin, color: "#6b3a2a", size: 34 },
  golden_raisin: { draw: FRUIT_PIECES.raisin, color: "#c8902a", size: 34 },
  prune: { draw: FRUIT_PIECES.prune, color: "#3b1f33", size: 60 },
  alucha: { draw: FRUIT_PIECES.driedCherry, color: "#eab42a", size: 46 },
  fig: { draw: FRUIT_PIECES.driedFig, color: "#b58a5a", size: 66 },
  mulberry: { draw: FRUIT_PIECES.mulberry, color: "#dcc7a0", size: 40 },
  cherry: { draw: FRUIT_PIECES.driedCherry, color: "#9e1b32", size: 42 },
  walnut: { draw: NUT_PIECES.walnutHalf, color: "#c39462", size: 62 },
  almond: { draw: NUT_PIECES.almond, color: "#a8683a", size: 52 },
  pistachio: { draw: NUT_PIECES.pistachio, color: "#8fb84a", size: 50 },
  apricot_kernel: { draw: NUT_PIECES.apricotKernel, color: "#c79a6b", size: 40 },
}

/** A box whose spec names no contents holds a mixed assortment of fruit and nuts. */
const ASSORTMENT: GiftContent[] = ["apricot", "walnut", "almond", "pistachio", "golden_raisin", "prune", "fig", "cherry"]

/** Honey in a box of jars: pale acacia, creamy sainfoin, dark mountain wildflower, in turn. */
const HONEY_TONES = ["#e3b23c", "#e9d6a0", "#a8641a"]

function shuffled<T>(items: T[], rng: Rng): T[] {
  const a = items.slice()
  for (let i = a.length - 1; i > 0; i--) {
    const j = rng.int(0, i)
    ;[a[i], a[j]] = [a[j], a[i]]
  }
  return a
}

interface BoxGeom {
  x0: number
  x1: number
  /** y of the back edge of the opening. */
  y0: number
  dx: number
  dy: number
  h: number
}

/** Point on the opening: u across (0 left → 1 right), v depth (0 back → 1 front). */
function onTop(b: BoxGeom, u: number, v: number): Point {
  return [b.x0 + b.dx * (1 - v) + u * (b.x1 - b.x0), b.y0 + v * b.dy]
}

function compartmentPile(s: Scene, b: BoxGeom, col: number, row: number, cols: number, rows: number, a: Assortment, rng: Rng): string {
  const scene: Scene = { ...s, item: tonesOf(a.color) }
  const out: { x: number; y: number; size: number }[] = []
  const nu = Math.max(2, Math.round(((b.x1 - b.x0) / cols / a.size) * 1.5))
  const nv = Math.max(2, Math.round((b.dy / rows / a.size) * 2.2))
  for (let i = 0; i < nv; i++) {
    for (let j = 0; j < nu; j++) {
      const u = (col + (j + 0.5 + rng.range(-0.2, 0.2)) / nu) / cols
      const v = (row + (i + 0.5) / nv) / rows
      const [x, y] = onTop(b, u, v)
      const lift = Math.sin(((j + 0.5) / nu) * Math.PI) * Math.sin(((i + 0.5) / nv) * Math.PI) * a.size * 0.35
      out.push({ x, y: y - lift - a.size * 0.15, size: a.size * rng.range(0.9, 1.1) })
    }
  }
  return out
    .sort((p, q) => p.y - q.y)
    .map((p) => a.draw(scene, p.x, p.y, p.size, rng))
    .join("")
}

function lidArt(s: Scene, x: number, y: number, w: number, h: number, rng: Rng): string {
  const style = s.variant % 3
  const base = s.item.base
  if (style === 0) {
    return ikatCloth(s, x, y, w, h, [lighten(base, 0.15), UZ.saffron, UZ.white, darken(base, 0.15)], 0)
  }
  if (style === 1) {
    return g(
      {},
      rect(x, y, w, h, { fill: base }),
      rosette(
        x + w / 2,
        y + h / 2,
        h * 0.36,
        12,
        { ground: darken(base, 0.2), petals: UZ.saffron, inner: UZ.white, heart: base, dots: UZ.saffron },
        rng,
      ),
      [0, 1].map((i) =>
        rosette(
          x + (i ? w - 10 : 10),
          y + h / 2,
          h * 0.22,
          8,
          { ground: lighten(base, 0.15), petals: UZ.white, inner: UZ.saffron, heart: base, dots: UZ.white },
          rng,
        ),
      ),
    )
  }
  const tiles: string[] = [rect(x, y, w, h, { fill: base })]
  for (let i = 0; i < 9; i++)
    for (let j = 0; j < 5; j++) tiles.push(star8(x + i * 80 + 20, y + j * 80 + 20, 30, "none", { stroke: UZ.saffron, strokeWidth: 4 }))
  return g({}, tiles)
}

/** The lid, leaning against the wall behind the box, with a silk ribbon cross and a bow. */
function lid(s: Scene, b: BoxGeom, rng: Rng): string {
  const w = b.x1 - b.x0 + 40,
    h = 360
  const x = (b.x0 + b.x1) / 2 - w / 2 + b.dx + 20,
    y = b.y0 - h + 90
  const ribbon = mix(UZ.saffron, "#f4d27a", 0.3)
  const frame = s.defs.clip(rect(x, y, w, h, { rx: 10 }))
  const bowX = x + w * 0.62,
    bowY = y + h * 0.42
  const loop = (dir: number) =>
    path(d("M", bowX, bowY, "C", bowX + dir * 110, bowY - 90, bowX + dir * 140, bowY + 30, bowX, bowY), {
      fill: ribbon,
      stroke: darken(ribbon, 0.3),
      strokeWidth: 3,
    })
  return g(
    { transform: `rotate(${num(rng.range(-4, -2))} ${num(x + w / 2)} ${num(y + h)})` },
    rect(x + 14, y + 14, w, h, { rx: 10, fill: s.bg.shadow, opacity: 0.25 }),
    g({ clipPath: frame }, lidArt(s, x, y, w, h, rng)),
    rect(x, y, w, h, { rx: 10, fill: "none", stroke: darken(s.item.base, 0.35), strokeWidth: 6 }),
    rect(x, bowY - 22, w, 44, { fill: ribbon }),
    rect(bowX - 22, y, 44, h, { fill: ribbon }),
    rect(x, bowY - 22, w, 44, {
      fill: s.defs.linear([
        { offset: 0, color: "#fff", opacity: 0.35 },
        { offset: 1, color: "#000", opacity: 0.15 },
      ]),
    }),
    path(d("M", bowX, bowY, "l", -70, 130, "l", 24, -4, "l", 10, 22, "Z"), { fill: darken(ribbon, 0.1) }),
    path(d("M", bowX, bowY, "l", 60, 135, "l", -24, -2, "l", -14, 20, "Z"), { fill: darken(ribbon, 0.1) }),
    loop(-1),
    loop(1),
    circle(bowX, bowY, 18, { fill: darken(ribbon, 0.15) }),
  )
}

/** Jars of honey standing in a row in the box, sunk to its floor so the front wall hides their feet. */
function jarRow(s: Scene, b: BoxGeom, count: number, rng: Rng): string {
  const jars: string[] = []
  for (let i = 0; i < count; i++) {
    const [cx, y] = onTop(b, (i + 0.5) / count, 0.55)
    const scene: Scene = { ...s, item: tonesOf(HONEY_TONES[i % HONEY_TONES.length]) }
    jars.push(g({ dataContent: "honey" }, honeyJar(scene, { cx, bottom: y + b.h * 0.75, w: 150, h: 230 }, rng)))
  }
  return g({}, jars)
}

/** Compartments of fruit and nuts, three across and two deep; the contents repeat until every one is full. */
function compartments(s: Scene, b: BoxGeom, contents: Exclude<GiftContent, "honey">[], inside: string, rng: Rng): string[] {
  const cols = 3,
    rows = 2
  const goods = Array.from({ length: cols * rows }, (_, i) => contents[i % contents.length])
  const parts: string[] = []
  for (let c = 1; c < cols; c++) {
    const p = onTop(b, c / cols, 0),
      q = onTop(b, c / cols, 1)
    parts.push(path(d("M", p[0], p[1], "L", q[0], q[1]), { stroke: lighten(inside, 0.25), strokeWidth: 8 }))
  }
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const content = goods[r * cols + c]
      parts.push(g({ dataContent: content }, compartmentPile(s, b, c, r, cols, rows, PIECES[content], rng)))
    }
    if (r < rows - 1) {
      const p = onTop(b, 0, (r + 1) / rows),
        q = onTop(b, 1, (r + 1) / rows)
      parts.push(path(d("M", p[0], p[1], "L", q[0], q[1]), { stroke: lighten(inside, 0.25), strokeWidth: 10 }))
    }
  }
  return parts
}

function openBox(s: Scene, b: BoxGeom, rng: Rng): string {
  const base = s.item.base
  const A = onTop(b, 0, 0),
    B = onTop(b, 1, 0),
    C = onTop(b, 1, 1),
    D = onTop(b, 0, 1)
  const down = (p: Point): Point => [p[0], p[1] + b.h]
  const contents = s.spec.contents?.length ? s.spec.contents : shuffled(ASSORTMENT, rng)
  const honey = contents.filter((c) => c === "honey").length
  const inside = darken(mix(base, "#e9dcc0", 0.5), 0.1)
  const parts: string[] = [
    softShadow(s, (b.x0 + b.x1) / 2 + 40, b.y0 + b.dy + b.h, (b.x1 - b.x0) * 0.62, 50, 0.55),
    path(poly([A, B, C, D]), { fill: inside }),
    path(poly([A, B, [B[0] - 8, B[1] + 40], [A[0] + 8, A[1] + 40]]), { fill: darken(inside, 0.25) }),
    ...(honey === contents.length
      ? [jarRow(s, b, honey, rng)]
      : compartments(
          s,
          b,
          contents.filter((c): c is Exclude<GiftContent, "honey"> => c !== "honey"),
          inside,
          rng,
        )),
  ]
  const front = poly([D, C, down(C), down(D)])
  const side = poly([C, B, down(B), down(C)])
  parts.push(
    path(side, { fill: darken(base, 0.3) }),
    path(front, {
      fill: s.defs.linear([
        { offset: 0, color: lighten(base, 0.1) },
        { offset: 1, color: darken(base, 0.12) },
      ]),
    }),
    path(d("M", D[0], D[1] + 22, "L", C[0], C[1] + 22, "M", D[0], D[1] + b.h - 22, "L", C[0], C[1] + b.h - 22), {
      stroke: UZ.saffron,
      strokeWidth: 4,
      opacity: 0.85,
    }),
    star8((D[0] + C[0]) / 2, D[1] + b.h / 2, 34, UZ.saffron),
    star8((D[0] + C[0]) / 2, D[1] + b.h / 2, 18, base),
    path(poly([A, B, C, D]), { fill: "none", stroke: lighten(base, 0.3), strokeWidth: 10, strokeLinejoin: "round" }),
  )
  return g({}, parts)
}

export const giftMotifs: MotifTable<"gift_box"> = {
  gift_box: (s) => {
    const rng = s.rng.fork("gift")
    const box: BoxGeom = { x0: 250, x1: 880, y0: 600, dx: 80, dy: 230, h: 150 }
    return { backdrop: { horizon: 660 }, body: g({}, lid(s, box, rng), openBox(s, box, rng)) }
  },
}
