import type { OriginRegion, UzbekRegion } from "@bozor/shared"

/**
 * Uzbekistan's regions as simplified outlines, [longitude, latitude] vertices traced by hand from the administrative
 * map (a schematic, not a survey: close enough that every region sits where a visitor expects it). `origin` is the
 * search's origin facet value for the regions our goods come from; the others are drawn without a link.
 */
export interface RegionShape {
  key: UzbekRegion
  origin: OriginRegion | null
  outline: [number, number][]
}

export const REGIONS: RegionShape[] = [
  {
    key: "karakalpakstan",
    origin: null,
    outline: [
      [56, 45.5],
      [58.6, 45.5],
      [61.2, 44.3],
      [62.2, 43.4],
      [61.3, 42.4],
      [60, 42.3],
      [59.6, 41.6],
      [58, 42],
      [56.8, 41.3],
      [56, 41.3],
    ],
  },
  {
    key: "khorezm",
    origin: "khorezm",
    outline: [
      [59.6, 41.6],
      [60, 42.3],
      [61.3, 42.4],
      [61.6, 41.6],
      [61, 40.9],
      [60.2, 41.1],
    ],
  },
  {
    key: "navoiy",
    origin: null,
    outline: [
      [61.3, 42.4],
      [62.2, 43.4],
      [64.5, 43.6],
      [66, 42.9],
      [66.5, 41.5],
      [66, 40.6],
      [65, 40.3],
      [64, 40.6],
      [62.8, 41.3],
      [61.6, 41.6],
    ],
  },
  {
    key: "bukhara",
    origin: "bukhara",
    outline: [
      [61.6, 41.6],
      [62.8, 41.3],
      [64, 40.6],
      [65, 40.3],
      [64.8, 39.5],
      [64, 38.9],
      [63, 39],
      [62, 40],
      [61, 40.9],
    ],
  },
  {
    key: "samarkand",
    origin: "samarkand",
    outline: [
      [65, 40.3],
      [66, 40.6],
      [67.4, 40.1],
      [67.6, 39.5],
      [67, 39.2],
      [66, 39.2],
      [64.8, 39.5],
    ],
  },
  {
    key: "qashqadarya",
    origin: "qashqadarya",
    outline: [
      [64, 38.9],
      [64.8, 39.5],
      [66, 39.2],
      [67, 39.2],
      [67.6, 39.5],
      [67.8, 38.9],
      [67.2, 38.1],
      [66.4, 37.9],
      [65, 38.3],
    ],
  },
  {
    key: "surxondaryo",
    origin: "surxondaryo",
    outline: [
      [66.4, 37.9],
      [67.2, 38.1],
      [67.8, 38.9],
      [68.4, 38.6],
      [68.2, 37.8],
      [67.8, 37.2],
      [67, 37.3],
    ],
  },
  {
    key: "jizzakh",
    origin: "jizzakh",
    outline: [
      [66, 40.6],
      [66.5, 41.5],
      [67.9, 41],
      [68.3, 40.6],
      [68.3, 40.1],
      [67.4, 40.1],
    ],
  },
  {
    key: "sirdaryo",
    origin: null,
    outline: [
      [68.3, 40.1],
      [68.3, 40.6],
      [67.9, 41],
      [68.7, 41],
      [69.1, 40.8],
      [69, 40.2],
    ],
  },
  {
    key: "tashkent",
    origin: "tashkent",
    outline: [
      [66.5, 41.5],
      [68, 42.3],
      [69.5, 42],
      [70.5, 41.6],
      [71, 41.3],
      [70.4, 40.9],
      [69.1, 40.8],
      [68.7, 41],
      [67.9, 41],
    ],
  },
  {
    key: "namangan",
    origin: "namangan",
    outline: [
      [70.4, 40.9],
      [71, 41.3],
      [71.8, 41.5],
      [72.1, 41.1],
      [71.6, 40.8],
      [70.8, 40.8],
    ],
  },
  {
    key: "fergana",
    origin: "fergana",
    outline: [
      [70.8, 40.8],
      [71.6, 40.8],
      [71.9, 40.7],
      [72.4, 40.5],
      [72.2, 40.2],
      [71.2, 40.2],
      [70.5, 40.4],
    ],
  },
  {
    key: "andijan",
    origin: "andijan",
    outline: [
      [71.9, 40.7],
      [72.1, 41.1],
      [73.1, 40.9],
      [73.2, 40.5],
      [72.4, 40.5],
    ],
  },
]

/** The map's frame in degrees, and how many SVG units a degree is (latitude stretched for ~41° N). */
const WEST = 55.8
const NORTH = 45.8
const X_SCALE = 60
const Y_SCALE = 80

export const MAP_WIDTH = Math.round((73.4 - WEST) * X_SCALE)
export const MAP_HEIGHT = Math.round((NORTH - 37) * Y_SCALE)

const project = ([lon, lat]: [number, number]): [number, number] => [
  Math.round((lon - WEST) * X_SCALE * 10) / 10,
  Math.round((NORTH - lat) * Y_SCALE * 10) / 10,
]

export const pathOf = (outline: [number, number][]) => `M${outline.map((p) => project(p).join(",")).join("L")}Z`

/** Where a region's label goes: the mean of its vertices (inside for these convex-ish outlines). */
export function labelPoint(outline: [number, number][]): [number, number] {
  const [x, y] = outline.map(project).reduce(([sx, sy], [px, py]) => [sx + px, sy + py], [0, 0])
  return [Math.round(x / outline.length), Math.round(y / outline.length)]
}
