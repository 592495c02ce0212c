import { mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { createServer } from "node:net"
import os from "node:os"
import path from "node:path"
import { describe, expect, it } from "vitest"
import { configFromEnv, loadSecrets } from "../../lib/config"
import { startEmbeddedMeilisearch } from "../../lib/meilisearch"
import { Supervisor } from "../../lib/processes"

const tmp = () => mkdtempSync(path.join(os.tmpdir(), "bozor-secrets-"))
const stored = (dir: string) => JSON.parse(readFileSync(path.join(dir, "secrets.json"), "utf8"))
const KEY_A = "a".repeat(64)
const KEY_B = "b".repeat(64)

describe("secrets given in the environment", () => {
  it("are used but never written to the data folder", () => {
    const dir = tmp()
    const env = { JWT_SECRET: "jwt-from-env", CUSTOMS_ENCRYPTION_KEY: KEY_A, MEILISEARCH_MASTER_KEY: "meili-from-env" }
    const secrets = loadSecrets(dir, env)
    expect(secrets).toMatchObject({ jwt: "jwt-from-env", customsKey: KEY_A, meilisearchMasterKey: "meili-from-env" })
    const file = stored(dir)
    expect(file.jwt).toBeUndefined()
    expect(file.customsKey).toBeUndefined()
    expect(file.meilisearchMasterKey).toBeUndefined()
    expect(readFileSync(path.join(dir, "secrets.json"), "utf8")).not.toContain(KEY_A)
    // What was generated is kept, so the next start reuses it.
    expect(file.cookie).toBe(secrets.cookie)
  })

  it("do not replace the customs key kept with the data", () => {
    const dir = tmp()
    const generated = loadSecrets(dir, {}).customsKey
    expect(loadSecrets(dir, { CUSTOMS_ENCRYPTION_KEY: KEY_B }).customsKey).toBe(KEY_B)
    expect(stored(dir).customsKey).toBe(generated)
    expect(loadSecrets(dir, {}).customsKey).toBe(generated)
  })

  it("leave a secrets file written by hand as it is", () => {
    const dir = tmp()
    const text = JSON.stringify({ jwt: "j", cookie: "c", meilisearchMasterKey: "m", revalidate: "r", customsKey: KEY_A })
    writeFileSync(path.join(dir, "secrets.json"), text)
    expect(configFromEnv({ BOZOR_DATA_DIR: dir, CUSTOMS_ENCRYPTION_KEY: KEY_B, JWT_SECRET: "other" }).secrets.customsKey).toBe(KEY_B)
    expect(readFileSync(path.join(dir, "secrets.json"), "utf8")).toBe(text)
  })
})

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })

describe("the embedded Meilisearch", () => {
  it("gets its master key by environment, not on its command line where `ps` shows it", async () => {
    const dir = tmp()
    const config = configFromEnv({ BOZOR_DATA_DIR: dir, MEILISEARCH_PORT: String(await freePort()), PATH: process.env.PATH })
    const supervisor = new Supervisor(dir)
    try {
      const { host } = await startEmbeddedMeilisearch(config, supervisor)
      const pid = Number(readFileSync(path.join(supervisor.runDir, "meilisearch.pid"), "utf8").split("\n")[0])
      // What `ps` shows any local user.
      const commandLine = readFileSync(`/proc/${pid}/cmdline`, "utf8")
      expect(commandLine).toContain("--db-path")
      expect(commandLine).not.toContain(config.secrets.meilisearchMasterKey)
      // The key still protects the server: refused without it, answered with it.
      expect((await fetch(`${host}/keys`)).status).toBe(401)
      const keys = await fetch(`${host}/keys`, { headers: { authorization: `Bearer ${config.secrets.meilisearchMasterKey}` } })
      expect(keys.status).toBe(200)
    } finally {
      await supervisor.stopAll()
    }
  }, 60_000)
})
