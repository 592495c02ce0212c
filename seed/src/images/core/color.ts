/** Colour helpers on hex strings: parse, mix, lighten/darken in HSL, alpha. */

interface Rgb {
  r: number
  g: number
  b: number
}

const HEX = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i

export function isHexColor(value: string): boolean {
  return HEX.test(value.trim())
}

function parseHex(hex: string): Rgb {
  const m = HEX.exec(hex.trim())
  if (!m) throw new Error(`Not a hex colour: "${hex}"`)
  let h = m[1]
  if (h.length === 3)
    h = h
      .split("")
      .map((c) => c + c)
      .join("")
  return {
    r: parseInt(h.slice(0, 2), 16),
    g: parseInt(h.slice(2, 4), 16),
    b: parseInt(h.slice(4, 6), 16),
  }
}

const clamp255 = (v: number) => Math.max(0, Math.min(255, Math.round(v)))

function toHex({ r, g, b }: Rgb): string {
  return "#" + [r, g, b].map((v) => clamp255(v).toString(16).padStart(2, "0")).join("")
}

/** Linear mix of two colours: t = 0 → a, t = 1 → b. */
export function mix(a: string, b: string, t: number): string {
  const x = parseHex(a)
  const y = parseHex(b)
  return toHex({ r: x.r + (y.r - x.r) * t, g: x.g + (y.g - x.g) * t, b: x.b + (y.b - x.b) * t })
}

interface Hsl {
  h: number
  s: number
  l: number
}

function toHsl({ r, g, b }: Rgb): Hsl {
  const R = r / 255,
    G = g / 255,
    B = b / 255
  const max = Math.max(R, G, B),
    min = Math.min(R, G, B)
  const l = (max + min) / 2
  if (max === min) return { h: 0, s: 0, l }
  const d = max - min
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min)
  let h: number
  if (max === R) h = (G - B) / d + (G < B ? 6 : 0)
  else if (max === G) h = (B - R) / d + 2
  else h = (R - G) / d + 4
  return { h: h * 60, s, l }
}

function fromHsl({ h, s, l }: Hsl): Rgb {
  const hh = (((h % 360) + 360) % 360) / 360
  if (s === 0) return { r: l * 255, g: l * 255, b: l * 255 }
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s
  const p = 2 * l - q
  const hue = (t: number) => {
    if (t < 0) t += 1
    if (t > 1) t -= 1
    if (t < 1 / 6) return p + (q - p) * 6 * t
    if (t < 1 / 2) return q
    if (t < 2 / 3) return p + (q - p) * (2 / 3 - t) * 6
    return p
  }
  return { r: hue(hh + 1 / 3) * 255, g: hue(hh) * 255, b: hue(hh - 1 / 3) * 255 }
}

const clamp01 = (v: number) => Math.max(0, Math.min(1, v))

/** Move lightness towards white (amount > 0) or black (amount < 0), keeping hue. */
function shade(hex: string, amount: number): string {
  const c = toHsl(parseHex(hex))
  c.l = amount >= 0 ? c.l + (1 - c.l) * amount : c.l * (1 + amount)
  return toHex(fromHsl({ ...c, l: clamp01(c.l) }))
}

export const lighten = (hex: string, amount: number) => shade(hex, Math.abs(amount))
export const darken = (hex: string, amount: number) => shade(hex, -Math.abs(amount))

/** Scale saturation: factor < 1 mutes, > 1 intensifies. */
export function saturate(hex: string, factor: number): string {
  const c = toHsl(parseHex(hex))
  return toHex(fromHsl({ ...c, s: clamp01(c.s * factor) }))
}

export function lightness(hex: string): number {
  return toHsl(parseHex(hex)).l
}

/** Relative luminance (0 = black, 1 = white). */
export function luminance(hex: string): number {
  const { r, g, b } = parseHex(hex)
  const lin = (v: number) => {
    const s = v / 255
    return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4)
  }
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
}

/** Normalise to lower-case #rrggbb. */
export function normalizeHex(hex: string): string {
  return toHex(parseHex(hex))
}
