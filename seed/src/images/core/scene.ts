/** What every drawing function receives: the spec, a seeded PRNG, the shared <defs>, and palettes. */

import type { ProductImageSpec } from "../../catalog-types"
import { darken, lighten, mix, normalizeHex, saturate, lightness } from "./color"
import type { Rng } from "./prng"
import type { Defs } from "./svg"

export const SIZE = 1200

/** Colours of Uzbek applied art used for accents: Rishtan glaze, suzani thread, ikat dye. */
export const UZ = {
  cobalt: "#1d4f91",
  ink: "#14305a",
  turquoise: "#2a9db5",
  ishkor: "#3fa7b8",
  sky: "#8fcfe0",
  white: "#f7f3ea",
  cream: "#efe4cc",
  ochre: "#d99a2b",
  saffron: "#e8b53c",
  pomegranate: "#b52b38",
  madder: "#8e2131",
  leaf: "#4d8a55",
  walnut: "#6b4528",
  clay: "#b8693d",
} as const

export interface ItemTones {
  base: string
  light: string
  dark: string
  deep: string
  highlight: string
}

export function tonesOf(color: string): ItemTones {
  const base = normalizeHex(color)
  return {
    base,
    light: lighten(base, 0.32),
    dark: darken(base, 0.3),
    deep: darken(base, 0.55),
    highlight: lighten(base, 0.7),
  }
}

export interface BackgroundTones {
  base: string
  wallTop: string
  wallBottom: string
  table: string
  tableEdge: string
  /** A colour that reads softly on the wall for patterns. */
  tracery: string
  shadow: string
}

export function backgroundTonesOf(color: string): BackgroundTones {
  const base = normalizeHex(color)
  const light = lightness(base) > 0.55
  return {
    base,
    wallTop: lighten(base, 0.35),
    wallBottom: base,
    table: darken(saturate(base, 1.1), 0.1),
    tableEdge: darken(base, 0.2),
    tracery: light ? darken(saturate(base, 1.3), 0.12) : lighten(base, 0.15),
    shadow: mix(darken(base, 0.6), "#000000", 0.3),
  }
}

/** Pick from `options` by variant and the product's style number; `salt` decorrelates different choices. */
export function styleChoice<T>(s: { variant: number; style: number }, options: readonly T[], salt: number): T {
  const mixed = s.variant + Math.floor(s.style / Math.pow(7, salt))
  return options[mixed % options.length]
}

export interface Scene {
  spec: ProductImageSpec
  /** 0–9, clamped. */
  variant: number
  /**
   * A per-product number derived from the key. Style choices (wall, table,
   * vessel, glaze) use variant + style, so products that share a motif and a
   * variant still get different settings.
   */
  style: number
  rng: Rng
  defs: Defs
  item: ItemTones
  bg: BackgroundTones
}
