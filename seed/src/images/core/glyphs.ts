/**
 * A tiny geometric stroke alphabet (A–Z) for monograms, so logos never depend
 * on the fonts installed where the images are rendered. Glyphs live on a 4×6
 * grid (y down); each is a list of polylines drawn with round caps and joins.
 */

import { d, type Point } from "./svg"

type Glyph = Point[][]

const O: Point[] = [
  [1, 0],
  [3, 0],
  [4, 1],
  [4, 5],
  [3, 6],
  [1, 6],
  [0, 5],
  [0, 1],
  [1, 0],
]
const P: Point[] = [
  [0, 6],
  [0, 0],
  [3, 0],
  [4, 1],
  [4, 2.5],
  [3, 3.5],
  [0, 3.5],
]

const GLYPHS: Record<string, Glyph> = {
  A: [
    [
      [0, 6],
      [2, 0],
      [4, 6],
    ],
    [
      [0.7, 4],
      [3.3, 4],
    ],
  ],
  B: [
    [
      [0, 0],
      [0, 6],
      [3, 6],
      [4, 5],
      [4, 4],
      [3, 3],
      [0, 3],
    ],
    [
      [0, 0],
      [2.8, 0],
      [3.6, 0.8],
      [3.6, 2.2],
      [2.8, 3],
    ],
  ],
  C: [
    [
      [4, 1],
      [3, 0],
      [1, 0],
      [0, 1],
      [0, 5],
      [1, 6],
      [3, 6],
      [4, 5],
    ],
  ],
  D: [
    [
      [0, 0],
      [0, 6],
      [2.5, 6],
      [4, 4.5],
      [4, 1.5],
      [2.5, 0],
      [0, 0],
    ],
  ],
  E: [
    [
      [4, 0],
      [0, 0],
      [0, 6],
      [4, 6],
    ],
    [
      [0, 3],
      [3, 3],
    ],
  ],
  F: [
    [
      [4, 0],
      [0, 0],
      [0, 6],
    ],
    [
      [0, 3],
      [3, 3],
    ],
  ],
  G: [
    [
      [4, 1],
      [3, 0],
      [1, 0],
      [0, 1],
      [0, 5],
      [1, 6],
      [3, 6],
      [4, 5],
      [4, 3.5],
      [2.2, 3.5],
    ],
  ],
  H: [
    [
      [0, 0],
      [0, 6],
    ],
    [
      [4, 0],
      [4, 6],
    ],
    [
      [0, 3],
      [4, 3],
    ],
  ],
  I: [
    [
      [2, 0],
      [2, 6],
    ],
    [
      [1, 0],
      [3, 0],
    ],
    [
      [1, 6],
      [3, 6],
    ],
  ],
  J: [
    [
      [4, 0],
      [4, 5],
      [3, 6],
      [1, 6],
      [0, 5],
    ],
  ],
  K: [
    [
      [0, 0],
      [0, 6],
    ],
    [
      [4, 0],
      [0, 3.5],
    ],
    [
      [1.3, 2.6],
      [4, 6],
    ],
  ],
  L: [
    [
      [0, 0],
      [0, 6],
      [4, 6],
    ],
  ],
  M: [
    [
      [0, 6],
      [0, 0],
      [2, 3.5],
      [4, 0],
      [4, 6],
    ],
  ],
  N: [
    [
      [0, 6],
      [0, 0],
      [4, 6],
      [4, 0],
    ],
  ],
  O: [O],
  P: [P],
  Q: [
    O,
    [
      [2.5, 4.5],
      [4, 6],
    ],
  ],
  R: [
    P,
    [
      [2, 3.5],
      [4, 6],
    ],
  ],
  S: [
    [
      [4, 1],
      [3, 0],
      [1, 0],
      [0, 1],
      [0, 2],
      [1, 3],
      [3, 3],
      [4, 4],
      [4, 5],
      [3, 6],
      [1, 6],
      [0, 5],
    ],
  ],
  T: [
    [
      [0, 0],
      [4, 0],
    ],
    [
      [2, 0],
      [2, 6],
    ],
  ],
  U: [
    [
      [0, 0],
      [0, 5],
      [1, 6],
      [3, 6],
      [4, 5],
      [4, 0],
    ],
  ],
  V: [
    [
      [0, 0],
      [2, 6],
      [4, 0],
    ],
  ],
  W: [
    [
      [0, 0],
      [1, 6],
      [2, 2.5],
      [3, 6],
      [4, 0],
    ],
  ],
  X: [
    [
      [0, 0],
      [4, 6],
    ],
    [
      [4, 0],
      [0, 6],
    ],
  ],
  Y: [
    [
      [0, 0],
      [2, 3],
      [4, 0],
    ],
    [
      [2, 3],
      [2, 6],
    ],
  ],
  Z: [
    [
      [0, 0],
      [4, 0],
      [0, 6],
      [4, 6],
    ],
  ],
}

const STOP_WORDS = new Set([
  "LLC",
  "LTD",
  "JV",
  "CO",
  "OOO",
  "MCHJ",
  "AJ",
  "QK",
  "XK",
  "INC",
  "OF",
  "THE",
  "AND",
  "GROUP",
  "TRADE",
  "TRADING",
])

/** Up to two Latin initials from a name ("Fergana Golden Valley LLC" → "FG"); "" if none. */
export function initialsOf(name: string): string {
  const words = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toUpperCase()
    .split(/[\s\-_&.,;:/()+"«»]+/)
    .filter((w) => /^[A-Z]/.test(w))
  const meaningful = words.filter((w) => !STOP_WORDS.has(w))
  const pool = meaningful.length ? meaningful : words
  return pool
    .slice(0, 2)
    .map((w) => w[0])
    .join("")
}

/** Path data for a word, centred on (cx, cy), glyph height `height`. */
export function monogramD(text: string, cx: number, cy: number, height: number): string {
  const unit = height / 6
  const gap = 1.6
  const letters = text.split("").filter((c) => GLYPHS[c])
  const width = letters.length * 4 + (letters.length - 1) * gap
  const x0 = cx - (width * unit) / 2
  const y0 = cy - height / 2
  let out = ""
  letters.forEach((c, i) => {
    const ox = x0 + i * (4 + gap) * unit
    for (const line of GLYPHS[c]) {
      out += line.map(([x, y], k) => d(k ? "L" : "M", ox + x * unit, y0 + y * unit)).join("")
    }
  })
  return out
}
