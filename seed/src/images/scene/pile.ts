/**
 * Heaps of small goods (dried fruit, nuts, qurt): positions on a mound,
 * back-to-front drawing, and the usual still life of a heap in a vessel with a
 * few pieces spilled on the table.
 */

import type { Rng } from "../core/prng"
import { styleChoice, type Scene } from "../core/scene"
import { softShadow } from "../core/shading"
import { ellipse, g } from "../core/svg"
import { laganPlate, rishtanBowl, woodenBowl } from "./vessels"

/** Draws one piece centred at (x, y) with nominal size `size` (about its length in px). */
export type ItemDrawer = (s: Scene, x: number, y: number, size: number, rng: Rng) => string

interface Placement {
  x: number
  y: number
  size: number
}

interface MoundOptions {
  cx: number
  /** y of the mound's base line (the rim of a bowl). */
  baseY: number
  halfWidth: number
  /** How high the mound rises above baseY at its centre. */
  height: number
  /** How far the footprint extends below baseY at the centre (an ellipse's lower half). */
  front: number
  size: number
  /** Grid spacing as a fraction of size (smaller = denser). */
  spacing?: number
  sizeJitter?: number
}

function moundPlacements(rng: Rng, o: MoundOptions): Placement[] {
  const sx = o.size * (o.spacing ?? 0.7)
  const sy = sx * 0.62
  const out: Placement[] = []
  let row = 0
  for (let y = o.baseY - o.height; y <= o.baseY + o.front; y += sy, row++) {
    const h = o.baseY - y
    const frac = h > 0 ? Math.sqrt(Math.max(0, 1 - (h / o.height) ** 2)) : Math.sqrt(Math.max(0, 1 - (h / o.front) ** 2))
    const w = o.halfWidth * frac
    if (w < sx * 0.4) {
      if (h > 0) out.push({ x: o.cx + rng.jitter(0, sx * 0.3), y: y + rng.jitter(0, sy * 0.3), size: o.size })
      continue
    }
    const offset = row % 2 ? sx / 2 : 0
    for (let x = o.cx - w + offset; x <= o.cx + w; x += sx) {
      const jitter = o.sizeJitter ?? 0.15
      out.push({
        x: x + rng.jitter(0, sx * 0.28),
        y: y + rng.jitter(0, sy * 0.35),
        size: o.size * rng.range(1 - jitter, 1 + jitter),
      })
    }
  }
  return out.sort((a, b) => a.y - b.y)
}

/** Each piece with a soft shadow on the pieces behind it, so the heap reads as depth. */
function drawPlacements(s: Scene, placements: Placement[], draw: ItemDrawer, rng: Rng): string {
  return placements
    .map(
      (p) =>
        ellipse(p.x + p.size * 0.06, p.y + p.size * 0.14, p.size * 0.5, p.size * 0.36, { fill: s.bg.shadow, opacity: 0.22 }) +
        draw(s, p.x, p.y, p.size, rng),
    )
    .join("")
}

type VesselKind = "kosa" | "lagan" | "wood"

function vesselFor(s: Scene): VesselKind {
  return styleChoice(s, ["kosa", "lagan", "kosa", "wood", "lagan"] as const, 2)
}

export interface StillLifeOptions {
  size: number
  spacing?: number
  /** Mound height multiplier. */
  heap?: number
  /** How many pieces lie loose on the table in front. */
  spill?: number
  vessel?: VesselKind
  sizeJitter?: number
}

/** A heap of `draw` pieces in a bowl or on a plate, with a few spilled in front. */
export function heapStillLife(s: Scene, draw: ItemDrawer, o: StillLifeOptions): string {
  const rng = s.rng.fork("heap")
  const kind = o.vessel ?? vesselFor(s)
  const heap = o.heap ?? 1
  const spill = o.spill ?? rng.int(2, 4)
  const layers: string[] = []
  if (kind === "lagan") {
    const plate = { cx: 600, cy: 760, rx: 450, ry: 165 }
    layers.push(laganPlate(s, plate))
    const placements = moundPlacements(rng, {
      cx: 600,
      baseY: 700,
      halfWidth: 330,
      height: 250 * heap,
      front: 95,
      size: o.size,
      spacing: o.spacing,
      sizeJitter: o.sizeJitter,
    })
    layers.push(drawPlacements(s, placements, draw, rng))
  } else {
    const shape = { cx: 600, rimY: 640, rx: 340, ry: 95, depth: 270, footRx: 150 }
    const bowl = kind === "wood" ? woodenBowl(s, shape) : rishtanBowl(s, shape)
    layers.push(bowl.back)
    const placements = moundPlacements(rng, {
      cx: 600,
      baseY: shape.rimY + 10,
      halfWidth: shape.rx - o.size * 0.45,
      height: 230 * heap,
      front: shape.ry * 0.9,
      size: o.size,
      spacing: o.spacing,
      sizeJitter: o.sizeJitter,
    })
    layers.push(
      drawPlacements(
        s,
        placements.filter((p) => !hiddenByBowl(p, shape)),
        draw,
        rng,
      ),
    )
    layers.push(bowl.front)
  }
  layers.push(spilled(s, draw, o.size, spill, rng, kind === "lagan" ? 990 : 1010))
  return g({}, layers)
}

/** True when a piece lies wholly below the bowl's front rim, so drawing it would be wasted work. */
function hiddenByBowl(p: Placement, b: { cx: number; rimY: number; rx: number; ry: number }): boolean {
  const u = (p.x - b.cx) / b.rx
  const frontRim = b.rimY + b.ry * Math.sqrt(Math.max(0, 1 - u * u))
  return p.y - p.size * 0.45 > frontRim
}

/** Loose pieces on the table in front, each with its own contact shadow. */
function spilled(s: Scene, draw: ItemDrawer, size: number, count: number, rng: Rng, y: number): string {
  const out: Placement[] = []
  const side = rng.chance(0.5) ? 1 : -1
  for (let i = 0; i < count; i++) {
    out.push({
      x: 600 + side * (180 + i * size * 0.9 + rng.range(0, 60)) * (i % 3 === 2 ? -1 : 1),
      y: y + rng.range(-30, 50),
      size: size * rng.range(0.9, 1.1),
    })
  }
  return out
    .sort((a, b) => a.y - b.y)
    .map((p) => softShadow(s, p.x + size * 0.12, p.y + size * 0.3, size * 0.62, size * 0.2, 0.5) + draw(s, p.x, p.y, p.size, rng))
    .join("")
}
