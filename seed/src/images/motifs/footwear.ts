/**
 * Leather footwear in side view, as a pair: oxfords/brogues/loafers, ankle
 * boots (Chelsea or lace-up), and sandals seen from above.
 * Shoes are drawn in local coordinates: heel at x = 0, toe at x ≈ 615,
 * ground at y = 0, up is negative.
 */

import { darken, lighten, mix } from "../core/color"
import type { Rng } from "../core/prng"
import type { Scene } from "../core/scene"
import { softShadow } from "../core/shading"
import { circle, d, ellipse, g, num, path, rect, smoothClosed, type Point } from "../core/svg"
import type { MotifTable } from "./types"

interface Leather {
  base: string
  light: string
  dark: string
  deep: string
  sole: string
  stitch: string
  lining: string
}

export function leatherOf(s: Scene): Leather {
  const base = s.item.base
  return {
    base,
    light: lighten(base, 0.28),
    dark: darken(base, 0.32),
    deep: darken(base, 0.6),
    sole: mix(darken(base, 0.65), "#1c1410", 0.5),
    stitch: mix(lighten(base, 0.55), "#e8d2a8", 0.5),
    lining: mix("#d9b98e", base, 0.2),
  }
}

function upperFill(s: Scene, L: Leather): string {
  return s.defs.linear(
    [
      { offset: 0, color: L.light },
      { offset: 0.45, color: L.base },
      { offset: 1, color: L.dark },
    ],
    0,
    0,
    0.2,
    1,
  )
}

/** Outsole with heel block; its top follows the upper's lower edge. */
const SOLE_D = d(
  "M",
  0,
  -64,
  "L",
  0,
  0,
  "L",
  124,
  0,
  "L",
  130,
  -40,
  "Q",
  220,
  -46,
  300,
  -6,
  "L",
  306,
  0,
  "L",
  592,
  0,
  "Q",
  628,
  -2,
  626,
  -26,
  "L",
  612,
  -34,
  "L",
  300,
  -32,
  "Q",
  220,
  -60,
  130,
  -64,
  "Z",
)

const WELT_D = d("M", 2, -66, "L", 130, -66, "Q", 220, -62, 300, -34, "L", 612, -34)

function sole(L: Leather): string {
  return g(
    {},
    path(SOLE_D, { fill: L.sole }),
    path(WELT_D, { stroke: lighten(L.sole, 0.3), strokeWidth: 6, fill: "none" }),
    path(d("M", 6, -14, "L", 118, -14), { stroke: lighten(L.sole, 0.15), strokeWidth: 3 }),
  )
}

type ShoeStyle = "brogue" | "oxford" | "loafer"

/** Oxford/brogue upper: heel counter, collar dipping at the ankle, tongue, instep, toe box. */
const SHOE_UPPER = d(
  "M",
  2,
  -64,
  "C",
  -8,
  -110,
  -6,
  -170,
  12,
  -214,
  "Q",
  84,
  -204,
  150,
  -178,
  "L",
  214,
  -206,
  "C",
  282,
  -198,
  334,
  -182,
  384,
  -160,
  "C",
  452,
  -132,
  520,
  -110,
  568,
  -88,
  "C",
  612,
  -70,
  632,
  -48,
  616,
  -32,
  "L",
  300,
  -32,
  "Q",
  220,
  -60,
  130,
  -64,
  "Z",
)

const LOAFER_UPPER = d(
  "M",
  2,
  -64,
  "C",
  -8,
  -110,
  -6,
  -170,
  12,
  -210,
  "Q",
  120,
  -196,
  236,
  -168,
  "C",
  300,
  -170,
  352,
  -164,
  400,
  -150,
  "C",
  468,
  -128,
  526,
  -108,
  570,
  -88,
  "C",
  612,
  -70,
  632,
  -48,
  616,
  -32,
  "L",
  300,
  -32,
  "Q",
  220,
  -60,
  130,
  -64,
  "Z",
)

/** The far side's collar seen inside the opening. */
const SHOE_LINING = d("M", 12, -214, "Q", 120, -226, 222, -206, "L", 150, -178, "Q", 84, -204, 12, -214, "Z")
const LOAFER_LINING = d("M", 12, -210, "Q", 130, -222, 250, -172, "Q", 120, -196, 12, -210, "Z")

function perforations(points: Point[], every = 14): string {
  let out = ""
  for (let i = 0; i < points.length - 1; i++) {
    const [x0, y0] = points[i],
      [x1, y1] = points[i + 1]
    const n = Math.max(1, Math.round(Math.hypot(x1 - x0, y1 - y0) / every))
    for (let k = 0; k < n; k++) out += circle(x0 + ((x1 - x0) * k) / n, y0 + ((y1 - y0) * k) / n, 2.6)
  }
  return out
}

/** Criss-cross laces over the eyestay, from the tongue down the instep. */
function laces(L: Leather): string {
  let out = ""
  const pts: Point[] = [
    [206, -196],
    [236, -188],
    [266, -178],
    [296, -166],
    [326, -152],
  ]
  for (const [x, y] of pts) out += d("M", x - 12, y - 8, "L", x + 16, y + 12)
  return g(
    {},
    path(out, { stroke: mix(L.deep, "#000", 0.3), strokeWidth: 7, strokeLinecap: "round" }),
    g(
      { fill: "#d9c08a" },
      pts.map(([x, y]) => circle(x - 14, y + 12, 3.5)),
    ),
  )
}

/** One shoe in local coordinates. */
function shoe(s: Scene, L: Leather, style: ShoeStyle): string {
  const loafer = style === "loafer"
  const parts: string[] = [
    path(loafer ? LOAFER_LINING : SHOE_LINING, { fill: darken(L.lining, 0.35) }),
    sole(L),
    path(loafer ? LOAFER_UPPER : SHOE_UPPER, { fill: upperFill(s, L), stroke: L.deep, strokeWidth: 2.5 }),
    path(d("M", 4, -74, "L", 130, -74, "Q", 220, -70, 300, -42, "L", 606, -42), {
      stroke: L.stitch,
      strokeWidth: 2.5,
      strokeDasharray: "7 6",
      fill: "none",
      opacity: 0.8,
    }),
  ]
  const stitch = { stroke: L.stitch, strokeWidth: 2.2, strokeDasharray: "6 5", fill: "none", opacity: 0.85 }
  const seam = { stroke: L.deep, strokeWidth: 2.5, fill: "none" }
  if (loafer) {
    parts.push(path(d("M", 300, -168, "C", 320, -110, 470, -96, 572, -90), seam))
    parts.push(path(d("M", 308, -160, "C", 328, -108, 466, -92, 566, -84), stitch))
    parts.push(
      path(d("M", 236, -166, "L", 330, -142, "L", 322, -118, "L", 232, -140, "Z"), { fill: L.dark, stroke: L.deep, strokeWidth: 2 }),
    )
    parts.push(path(d("M", 260, -152, "L", 300, -142), { stroke: L.deep, strokeWidth: 7, strokeLinecap: "round" }))
  } else {
    const quarter = d("M", 150, -178, "L", 214, -206, "L", 342, -176, "Q", 300, -128, 250, -116, "Q", 196, -126, 150, -178, "Z")
    parts.push(path(quarter, { fill: L.base, stroke: L.deep, strokeWidth: 2.5 }))
    parts.push(path(d("M", 160, -172, "Q", 200, -130, 250, -124, "Q", 296, -134, 332, -174), stitch))
    parts.push(laces(L))
    parts.push(path(d("M", 250, -116, "Q", 232, -86, 244, -66), seam))
    if (style === "brogue") {
      parts.push(path(d("M", 432, -146, "Q", 446, -104, 488, -96, "Q", 536, -86, 566, -40), seam))
      const wing: Point[] = [
        [422, -140],
        [436, -104],
        [480, -88],
        [520, -78],
        [548, -52],
      ]
      parts.push(g({ fill: L.deep, opacity: 0.75 }, perforations(wing)))
      parts.push(
        g(
          { fill: L.deep, opacity: 0.75 },
          perforations([
            [10, -120],
            [120, -124],
            [240, -108],
          ]),
        ),
      )
      parts.push(
        g(
          { fill: L.deep, opacity: 0.45 },
          [
            [540, -70],
            [558, -62],
            [552, -82],
            [572, -74],
            [530, -86],
          ].map(([x, y]) => circle(x, y, 3.2)),
        ),
      )
    } else {
      parts.push(path(d("M", 486, -120, "Q", 504, -84, 510, -40), seam))
      parts.push(path(d("M", 476, -122, "Q", 494, -84, 500, -40), stitch))
    }
  }
  parts.push(
    path(d("M", 12, -200, "Q", 28, -130, 18, -76), {
      stroke: L.light,
      strokeWidth: 9,
      fill: "none",
      opacity: 0.35,
      strokeLinecap: "round",
    }),
  )
  parts.push(ellipse(540, -88, 56, 13, { fill: "#fff", opacity: 0.25, transform: "rotate(20 540 -88)" }))
  return g({}, parts)
}

type BootStyle = "chelsea" | "laced"

const BOOT_UPPER = d(
  "M",
  2,
  -64,
  "C",
  -12,
  -120,
  10,
  -220,
  4,
  -290,
  "C",
  0,
  -320,
  8,
  -346,
  16,
  -360,
  "Q",
  110,
  -370,
  214,
  -358,
  "C",
  204,
  -300,
  214,
  -230,
  260,
  -196,
  "C",
  320,
  -160,
  400,
  -144,
  470,
  -124,
  "C",
  530,
  -108,
  580,
  -90,
  606,
  -70,
  "C",
  632,
  -52,
  628,
  -38,
  616,
  -32,
  "L",
  300,
  -32,
  "Q",
  220,
  -60,
  130,
  -64,
  "Z",
)

const BOOT_LINING = d("M", 16, -360, "Q", 120, -384, 214, -358, "Q", 110, -350, 16, -360, "Z")

function boot(s: Scene, L: Leather, style: BootStyle): string {
  const seam = { stroke: L.deep, strokeWidth: 2.5, fill: "none" }
  const stitch = { stroke: L.stitch, strokeWidth: 2.2, strokeDasharray: "6 5", fill: "none", opacity: 0.85 }
  const parts: string[] = [
    path(BOOT_LINING, { fill: darken(L.lining, 0.35) }),
    sole(L),
    path(BOOT_UPPER, { fill: upperFill(s, L), stroke: L.deep, strokeWidth: 2.5 }),
    path(d("M", 4, -74, "L", 130, -74, "Q", 220, -70, 300, -42, "L", 606, -42), {
      stroke: L.stitch,
      strokeWidth: 2.5,
      strokeDasharray: "7 6",
      fill: "none",
      opacity: 0.8,
    }),
    path(d("M", 6, -150, "C", 60, -150, 150, -140, 190, -70), seam),
    path(d("M", 6, -140, "C", 56, -140, 140, -130, 178, -70), stitch),
  ]
  if (style === "chelsea") {
    parts.push(path(d("M", 72, -364, "Q", 86, -250, 116, -190, "Q", 150, -250, 164, -362, "Z"), { fill: mix(L.deep, "#222", 0.4) }))
    parts.push(
      path(d("M", 88, -350, "L", 110, -210, "M", 118, -350, "L", 116, -200, "M", 148, -350, "L", 122, -210), {
        stroke: "#000",
        opacity: 0.25,
        strokeWidth: 2,
      }),
    )
    parts.push(path(d("M", 8, -352, "q", -4, -44, 16, -50, "q", 18, 4, 14, 48), { fill: L.dark, stroke: L.deep, strokeWidth: 2 }))
  } else {
    parts.push(
      path(d("M", 214, -358, "C", 204, -300, 214, -230, 260, -196, "L", 300, -176, "C", 230, -196, 170, -280, 176, -358, "Z"), {
        fill: L.dark,
        opacity: 0.6,
      }),
    )
    for (let i = 0; i < 6; i++) {
      const t = i / 5
      const x = 192 + t * 40 + t * t * 60,
        y = -344 + t * 160
      parts.push(circle(x, y, 6, { fill: "#c9b27a", stroke: L.deep, strokeWidth: 2 }))
      if (i < 5)
        parts.push(
          path(d("M", x - 2, y, "L", x + 30, y + 26), { stroke: mix(L.deep, "#000", 0.3), strokeWidth: 6, strokeLinecap: "round" }),
        )
    }
  }
  parts.push(path(d("M", 486, -120, "Q", 504, -84, 510, -40), seam))
  parts.push(
    path(d("M", 16, -340, "Q", 30, -200, 16, -80), {
      stroke: L.light,
      strokeWidth: 10,
      fill: "none",
      opacity: 0.3,
      strokeLinecap: "round",
    }),
  )
  parts.push(ellipse(546, -94, 56, 13, { fill: "#fff", opacity: 0.25, transform: "rotate(20 546 -94)" }))
  return g({}, parts)
}

/** Outline of a shoe or boot (upper + sole), for dimming the far one of a pair. */
function silhouette(upper: string): string {
  return path(upper) + path(SOLE_D)
}

/** Place a pair: one shoe behind (higher, smaller, dimmed), one in front, facing left or right. */
function pair(s: Scene, one: string, outline: string, scale: number, groundY: number): string {
  const flip = s.variant % 2 === 1
  const length = 615 * scale
  const offset = 130
  const frontX = 600 - (length - offset) / 2 - (flip ? offset : 0)
  const place = (x: number, y: number, k: number) =>
    flip ? `translate(${num(x + 615 * k)} ${num(y)}) scale(${num(-k)} ${num(k)})` : `translate(${num(x)} ${num(y)}) scale(${num(k)})`
  const backK = scale * 0.93
  const backX = frontX + (flip ? offset : -offset),
    backY = groundY - 120
  return g(
    {},
    softShadow(s, 600 + (flip ? 40 : -40), backY + 4, length * 0.55, 26, 0.55),
    g({ transform: place(backX, backY, backK) }, one, g({ fill: s.bg.shadow, opacity: 0.22 }, outline)),
    softShadow(s, 600, groundY + 6, length * 0.6, 30, 0.6),
    g({ transform: place(frontX, groundY, scale) }, one),
  )
}

// ── Sandals (top view, in perspective) ─────────────────────────────────────

const FOOTBED: Point[] = [
  [0, 268],
  [62, 248],
  [84, 190],
  [88, 110],
  [96, 30],
  [112, -70],
  [110, -150],
  [88, -222],
  [40, -262],
  [-12, -268],
  [-66, -246],
  [-104, -186],
  [-112, -110],
  [-84, -20],
  [-66, 60],
  [-76, 150],
  [-66, 230],
]

/** A strap across the footbed, slightly arched, with thickness, a shadow and edge stitching. */
function strap(s: Scene, L: Leather, y0: number, y1: number, tilt: number, halfWidth: number): string {
  const band = d(
    "M",
    -halfWidth,
    y0 - tilt,
    "Q",
    0,
    y0 - 26,
    halfWidth,
    y0 + tilt,
    "L",
    halfWidth,
    y1 + tilt,
    "Q",
    0,
    y1 - 26,
    -halfWidth,
    y1 - tilt,
    "Z",
  )
  const stitch = d(
    "M",
    -halfWidth + 12,
    y0 - tilt + 9,
    "Q",
    0,
    y0 - 17,
    halfWidth - 12,
    y0 + tilt + 9,
    "M",
    -halfWidth + 12,
    y1 - tilt - 9,
    "Q",
    0,
    y1 - 35,
    halfWidth - 12,
    y1 + tilt - 9,
  )
  return g(
    {},
    path(band, { fill: s.bg.shadow, opacity: 0.35, transform: "translate(0 16)" }),
    path(band, {
      fill: s.defs.linear([
        { offset: 0, color: L.light },
        { offset: 0.6, color: L.base },
        { offset: 1, color: L.dark },
      ]),
      stroke: L.deep,
      strokeWidth: 3,
    }),
    path(stitch, { stroke: L.stitch, strokeWidth: 2.5, strokeDasharray: "7 5", fill: "none" }),
  )
}

/** One sandal seen from above, toe up: sole edge, footbed, two straps, an ankle strap with buckle. */
function sandal(s: Scene, L: Leather, mirror: boolean): string {
  const bed = smoothClosed(mirror ? FOOTBED.map(([x, y]) => [-x, y] as Point) : FOOTBED)
  const insole = mix(L.lining, "#f0dcc0", 0.25)
  const m = mirror ? -1 : 1
  const heelLoop = d("M", -86 * m, 150, "C", -110 * m, 330, 110 * m, 330, 90 * m, 150)
  return g(
    {},
    path(bed, { fill: L.sole, transform: "translate(0 26)" }),
    path(bed, { fill: mix(L.dark, L.sole, 0.3), transform: "translate(0 14)" }),
    path(bed, {
      fill: s.defs.linear([
        { offset: 0, color: lighten(insole, 0.15) },
        { offset: 1, color: darken(insole, 0.12) },
      ]),
      stroke: darken(insole, 0.3),
      strokeWidth: 3,
    }),
    path(bed, { fill: "none", stroke: darken(insole, 0.2), strokeWidth: 2, strokeDasharray: "6 5", transform: "scale(0.9)" }),
    ellipse(-8 * m, -150, 50, 40, { fill: darken(insole, 0.15), opacity: 0.35 }),
    ellipse(0, 200, 46, 40, { fill: darken(insole, 0.15), opacity: 0.35 }),
    path(heelLoop, { stroke: L.deep, strokeWidth: 28, fill: "none", strokeLinecap: "round" }),
    path(heelLoop, { stroke: L.base, strokeWidth: 22, fill: "none", strokeLinecap: "round" }),
    strap(s, L, -170, -96, 12 * m, 122),
    strap(s, L, -40, 40, -10 * m, 118),
    rect(96 * m - 22, 140, 44, 40, { rx: 8, fill: "none", stroke: "#d8bd7a", strokeWidth: 8 }),
  )
}

function sandalPair(s: Scene, rng: Rng): string {
  const L = leatherOf(s)
  const one = (x: number, y: number, rot: number, mirror: boolean) =>
    g({ transform: `translate(${num(x)} ${num(y)}) scale(1.12 0.74) rotate(${num(rot)})` }, sandal(s, L, mirror))
  return g(
    {},
    softShadow(s, 620, 840, 460, 180, 0.5),
    one(430, 750, -12 + rng.range(-5, 5), true),
    one(780, 770, 8 + rng.range(-5, 5), false),
  )
}

export const footwearMotifs: MotifTable<"shoe" | "boot" | "sandal"> = {
  shoe: (s) => {
    const L = leatherOf(s)
    const style = (["brogue", "oxford", "loafer"] as const)[s.variant % 3]
    const upper = style === "loafer" ? LOAFER_UPPER : SHOE_UPPER
    return { backdrop: { horizon: 720, table: "plain" }, body: pair(s, shoe(s, L, style), silhouette(upper), 1.18, 900) }
  },
  boot: (s) => {
    const L = leatherOf(s)
    const style = (["chelsea", "laced"] as const)[s.variant % 2]
    return { backdrop: { horizon: 720, table: "plain" }, body: pair(s, boot(s, L, style), silhouette(BOOT_UPPER), 1.08, 960) }
  },
  sandal: (s) => ({ backdrop: { horizon: 520 }, body: sandalPair(s, s.rng.fork("sandal")) }),
}
