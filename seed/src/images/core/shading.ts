/** Reusable fills that make flat shapes read as rounded, lit from the upper left. */

import { darken, lighten } from "./color"
import type { Scene } from "./scene"
import { ellipse } from "./svg"

/** A rounded body: light upper-left, base colour, darker lower-right rim. */
export function roundFill(s: Scene, base: string, strength = 1): string {
  return s.defs.radial(
    [
      { offset: 0, color: lighten(base, 0.38 * strength) },
      { offset: 0.55, color: base },
      { offset: 1, color: darken(base, 0.32 * strength) },
    ],
    0.38,
    0.32,
    0.78,
  )
}

/** A translucent overlay (white/black alpha) for rounding anything already painted. */
export function cylinderOverlay(s: Scene, strength = 1): string {
  return s.defs.linear(
    [
      { offset: 0, color: "#000", opacity: 0.28 * strength },
      { offset: 0.22, color: "#fff", opacity: 0.0 },
      { offset: 0.33, color: "#fff", opacity: 0.22 * strength },
      { offset: 0.5, color: "#fff", opacity: 0 },
      { offset: 1, color: "#000", opacity: 0.38 * strength },
    ],
    0,
    0,
    1,
    0,
  )
}

/** A soft elliptical contact shadow (no blur filter: a radial gradient is much cheaper). */
export function softShadow(s: Scene, cx: number, cy: number, rx: number, ry: number, opacity = 0.35): string {
  const fill = s.defs.radial([
    { offset: 0, color: s.bg.shadow, opacity },
    { offset: 0.6, color: s.bg.shadow, opacity: opacity * 0.55 },
    { offset: 1, color: s.bg.shadow, opacity: 0 },
  ])
  return ellipse(cx, cy, rx, ry, { fill })
}

/** A little specular glint. */
export function glint(cx: number, cy: number, rx: number, ry: number, rotate = -30, opacity = 0.55): string {
  return ellipse(cx, cy, rx, ry, {
    fill: "#fff",
    opacity,
    transform: `rotate(${rotate} ${Math.round(cx)} ${Math.round(cy)})`,
  })
}
