/**
 * Options of `npm run seed`. Medusa's CLI rejects unknown --options after
 * `exec <file>`, so `--synthetic N` travels to the loader as `synthetic=N`.
 */
export class SeedArgsError extends Error {}

const MAX_SYNTHETIC = 1_000_000

/** `npm run seed -- --synthetic N` → the positional arguments `medusa exec` passes through. */
export function toLoaderArgs(argv: string[]): string[] {
  const out: string[] = []
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--synthetic") out.push(`synthetic=${argv[++i] ?? ""}`)
    else if (argv[i].startsWith("--synthetic=")) out.push(`synthetic=${argv[i].slice("--synthetic=".length)}`)
    else throw new SeedArgsError(`Unknown option "${argv[i]}". Usage: npm run seed [-- --synthetic <number of products>]`)
  }
  return out.map((arg) => {
    parseLoaderArgs([arg])
    return arg
  })
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
