import type { ImageMotif } from "../../catalog-types"
import type { Scene } from "../core/scene"
import type { BackdropOptions } from "../scene/backdrop"

interface MotifDrawing {
  /** Overrides for the room behind the product (horizon height, wall or table style). */
  backdrop?: BackdropOptions
  /** Scale of the body around the stage centre (600, 760); default 1.1. */
  zoom?: number
  /** Everything in front of the wall and table. */
  body: string
}

export type MotifRenderer = (s: Scene) => MotifDrawing

export type MotifTable<K extends ImageMotif> = Record<K, MotifRenderer>
