/**
 * A small deterministic PRNG (mulberry32) seeded from a string (FNV-1a), so a
 * product's handle always yields the same little variations.
 */

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number
  /** Uniform in [min, max). */
  range(min: number, max: number): number
  /** Integer in [min, max] (inclusive). */
  int(min: number, max: number): number
  /** `value` ± `amount` (uniform). */
  jitter(value: number, amount: number): number
  chance(probability: number): boolean
  pick<T>(items: readonly T[]): T
  /** An independent stream derived from this one and a label. */
  fork(label: string): Rng
}

export function hashString(input: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < input.length; i++) {
    h ^= input.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

export function createRng(seed: string): Rng {
  let state = hashString(seed) || 0x9e3779b9
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const rng: Rng = {
    next,
    range: (min, max) => min + (max - min) * next(),
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    jitter: (value, amount) => value + (next() * 2 - 1) * amount,
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)],
    fork: (label) => createRng(`${seed}/${label}/${state}`),
  }
  return rng
}
