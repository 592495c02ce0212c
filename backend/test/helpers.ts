import Medusa from "@medusajs/js-sdk"
import { spawn } from "node:child_process"
import { existsSync, readdirSync, readFileSync } from "node:fs"
import path from "node:path"
import { simpleParser } from "mailparser"
import pg from "pg"

/** The running test stack that scripts/test.ts started, as its environment describes it. */
export function testStack() {
  const need = (name: string) => {
    const value = process.env[name]
    if (!value) throw new Error(`${name} is not set: run the integration tests through \`npm test\`, which starts the stack.`)
    return value
  }
  return {
    backendUrl: need("BOZOR_TEST_BACKEND_URL"),
    publishableKey: need("BOZOR_TEST_PUBLISHABLE_KEY"),
    databaseUrl: need("BOZOR_TEST_DATABASE_URL"),
    dataDir: need("BOZOR_TEST_DATA_DIR"),
    medusaEnv: JSON.parse(need("BOZOR_TEST_MEDUSA_ENV")) as NodeJS.ProcessEnv,
  }
}

export function storeClient(locale?: string) {
  const stack = testStack()
  return new Medusa({
    baseUrl: stack.backendUrl,
    publishableKey: stack.publishableKey,
    globalHeaders: locale ? { "x-medusa-locale": locale } : {},
  })
}

export async function sql<T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: testStack().databaseUrl })
  await client.connect()
  try {
    return (await client.query(text, params)).rows as T[]
  } finally {
    await client.end()
  }
}

export const BACKEND_DIR = path.resolve(__dirname, "..")
export const MEDUSA_BIN = path.resolve(__dirname, "../../node_modules/.bin/medusa")

/** Runs a Medusa CLI command against the test database; resolves with its output, rejects on failure. */
export function medusaCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(MEDUSA_BIN, args, { cwd: BACKEND_DIR, env: { ...testStack().medusaEnv, ...env } })
    let out = ""
    child.stdout.on("data", (d) => (out += d))
    child.stderr.on("data", (d) => (out += d))
    child.on("exit", (code) =>
      code === 0 ? resolve(out) : reject(new Error(`medusa ${args.join(" ")} exited ${code}:\n${out.slice(-3000)}`)),
    )
  })
}

/**
 * An e-mail as its recipient gets it: the first .eml in the test stack's outbox whose raw text (and file name, which
 * names the template) passes `match`, parsed like a mail client.
 */
export async function outboxMail(match: (raw: string, file: string) => boolean, timeoutMs = 20_000) {
  const dir = path.join(testStack().dataDir, "outbox")
  let file: string | undefined
  // Polled without vitest's expect, so that the benchmarks (which run outside vitest) can import these helpers.
  const deadline = Date.now() + timeoutMs
  const find = () =>
    existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => f.endsWith(".eml"))
          .map((f) => path.join(dir, f))
          .find((f) => match(readFileSync(f, "utf8"), path.basename(f)))
      : undefined
  while (!(file = find())) {
    if (Date.now() > deadline) throw new Error(`No e-mail in ${dir} matched within ${timeoutMs} ms`)
    await new Promise((r) => setTimeout(r, 250))
  }
  return simpleParser(readFileSync(file!))
}
