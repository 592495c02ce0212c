/**
 * Exporter emblems: a round, Uzbek-pattern medallion in the brand colour —
 * a ring of bodom leaves, a girih star or suzani rosette, and the exporter's
 * initials drawn as strokes (no fonts).
 */

import { darken, lighten, luminance, mix, normalizeHex } from "./core/color"
import { initialsOf, monogramD } from "./core/glyphs"
import { createRng } from "./core/prng"
import { UZ } from "./core/scene"
import { circle, Defs, g, path, poly, rect, svgDocument } from "./core/svg"
import { bodom, starPoints } from "./scene/ornaments"

const LOGO_SIZE = 512

export function renderLogoSvg(name: string, brandColor: string, key: string): string {
  const rng = createRng(`logo|${key}|${name}|${brandColor}`)
  const defs = new Defs("l")
  const brand = normalizeHex(brandColor)
  const dark = luminance(brand) < 0.35
  const ink = dark ? UZ.white : darken(brand, 0.65)
  const paper = mix(brand, "#ffffff", 0.9)
  const gold = mix(UZ.saffron, brand, 0.15)
  const c = LOGO_SIZE / 2
  const petals = rng.pick([8, 10, 12, 16])
  const starPointsCount = rng.pick([8, 8, 12])
  const parts: string[] = []

  parts.push(rect(0, 0, LOGO_SIZE, LOGO_SIZE, { fill: paper }))
  parts.push(circle(c, c + 6, 236, { fill: darken(brand, 0.5), opacity: 0.18 }))
  parts.push(
    circle(c, c, 236, {
      fill: defs.radial([
        { offset: 0, color: lighten(brand, 0.12) },
        { offset: 1, color: darken(brand, 0.12) },
      ]),
    }),
  )
  parts.push(circle(c, c, 222, { fill: "none", stroke: gold, strokeWidth: 4 }))

  // Ring of bodom leaves and dots.
  for (let i = 0; i < petals * 2; i++) {
    const a = (i / (petals * 2)) * Math.PI * 2
    const x = c + Math.cos(a) * 196,
      y = c + Math.sin(a) * 196
    if (i % 2 === 0) parts.push(bodom(x, y, 40, 20, (a * 180) / Math.PI + 90, lighten(brand, dark ? 0.45 : 0.6)))
    else parts.push(circle(x, y, 5, { fill: gold }))
  }
  parts.push(
    circle(c, c, 168, { fill: "none", stroke: lighten(brand, 0.4), strokeWidth: 2.5, strokeDasharray: "2 8", strokeLinecap: "round" }),
  )

  // Girih star (or scalloped rosette) holding the monogram.
  const star = poly(starPoints(c, c, 158, 158 * (starPointsCount === 8 ? 0.78 : 0.84), starPointsCount, Math.PI / starPointsCount))
  parts.push(path(star, { fill: paper }))
  parts.push(path(star, { fill: "none", stroke: gold, strokeWidth: 5, strokeLinejoin: "round" }))
  parts.push(circle(c, c, 112, { fill: dark ? brand : lighten(brand, 0.15) }))
  parts.push(circle(c, c, 104, { fill: "none", stroke: gold, strokeWidth: 2.5 }))

  const initials = initialsOf(name)
  if (initials) {
    const height = initials.length > 1 ? 92 : 110
    parts.push(
      path(monogramD(initials, c, c, height), {
        fill: "none",
        stroke: ink,
        strokeWidth: initials.length > 1 ? 15 : 18,
        strokeLinecap: "round",
        strokeLinejoin: "round",
      }),
    )
  } else {
    parts.push(path(poly(starPoints(c, c, 70, 30, 8)), { fill: ink }))
  }
  return svgDocument(LOGO_SIZE, LOGO_SIZE, defs, g({}, parts))
}
