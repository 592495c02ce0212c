/**
 * Options of `npm run seed`. Medusa's CLI rejects unknown --options after
 * `exec <file>`, so `--synthetic N` travels to the loader as `synthetic=N`.
 */
import { parseArgs } from "node:util"

export class SeedArgsError extends Error {}

const MAX_SYNTHETIC = 1_000_000

/** `npm run seed -- --synthetic N` → the positional arguments `medusa exec` passes through. */
export function toLoaderArgs(argv: string[]): string[] {
  let synthetic: string | undefined
  try {
    synthetic = parseArgs({ args: argv, options: { synthetic: { type: "string" } }, strict: true }).values.synthetic
  } catch (e) {
    // Node's message names the option; its advice on positional arguments does not apply here.
    throw new SeedArgsError(`${(e as Error).message.split(". ")[0]}. Usage: npm run seed [-- --synthetic <number of products>]`)
  }
  if (synthetic === undefined) return []
  const arg = `synthetic=${synthetic}`
  parseLoaderArgs([arg])
  return [arg]
}

export function parseLoaderArgs(args: string[] = []): { synthetic: number } {
  const arg = args.find((a) => a.startsWith("synthetic="))
  if (!arg) return { synthetic: 0 }
  const value = arg.slice("synthetic=".length)
  if (!/^\d+$/.test(value) || Number(value) > MAX_SYNTHETIC) {
    throw new SeedArgsError(`--synthetic takes a whole number of products from 0 to 1,000,000, got "${value}".`)
  }
  return { synthetic: Number(value) }
}
