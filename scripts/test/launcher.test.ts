import { mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { createServer } from "node:net"
import os from "node:os"
import path from "node:path"
import { describe, expect, it, vi } from "vitest"
import { parseLoaderArgs, toLoaderArgs } from "../../seed/src/args"
import { ConfigError, configFromEnv } from "../lib/config"
import { assertPortFree } from "../lib/net"
import { isAlive, restartDelay, serverNodeOptions, StartupError, Supervisor } from "../lib/processes"
import { hashSources } from "../lib/stamps"

const tmp = () => mkdtempSync(path.join(os.tmpdir(), "bozor-launcher-"))

describe("configuration", () => {
  it("uses embedded defaults when nothing is configured", () => {
    const config = configFromEnv({ BOZOR_DATA_DIR: tmp() })
    expect(config.ports).toEqual({ postgres: 5488, meilisearch: 7700, backend: 9000, storefront: 8000 })
    expect(config.databaseUrl).toBeUndefined()
    expect(config.meilisearch).toBeUndefined()
  })

  it("yields to DATABASE_URL, MEILISEARCH_HOST and REDIS_URL", () => {
    const config = configFromEnv({
      BOZOR_DATA_DIR: tmp(),
      DATABASE_URL: "postgres://u:p@db:5432/shop",
      MEILISEARCH_HOST: "https://search.example",
      MEILISEARCH_API_KEY: "k",
      REDIS_URL: "redis://cache:6379",
    })
    expect(config.databaseUrl).toBe("postgres://u:p@db:5432/shop")
    expect(config.meilisearch).toEqual({ host: "https://search.example", apiKey: "k" })
    expect(config.redisUrl).toBe("redis://cache:6379")
  })

  it("names the variable and the value of a bad port", () => {
    expect(() => configFromEnv({ BOZOR_DATA_DIR: tmp(), PORT: "90000" })).toThrow(ConfigError)
    expect(() => configFromEnv({ BOZOR_DATA_DIR: tmp(), STOREFRONT_PORT: "abc" })).toThrow(/STOREFRONT_PORT .* got "abc"/)
  })

  it("generates secrets once and keeps them with the data", () => {
    const dir = tmp()
    const first = configFromEnv({ BOZOR_DATA_DIR: dir }).secrets
    const second = configFromEnv({ BOZOR_DATA_DIR: dir }).secrets
    expect(second).toEqual(first)
    expect(first.jwt).not.toEqual(first.cookie)
    expect(JSON.parse(readFileSync(path.join(dir, "secrets.json"), "utf8")).jwt).toBe(first.jwt)
  })

  it("takes secrets from the environment over stored ones", () => {
    const dir = tmp()
    configFromEnv({ BOZOR_DATA_DIR: dir })
    expect(configFromEnv({ BOZOR_DATA_DIR: dir, JWT_SECRET: "from-env" }).secrets.jwt).toBe("from-env")
  })
})

describe("ports", () => {
  it("refuses a port in use with the variable that moves it", async () => {
    const server = createServer().listen(0, "127.0.0.1")
    await new Promise((r) => server.once("listening", r))
    const { port } = server.address() as { port: number }
    await expect(assertPortFree(port, "the storefront", "STOREFRONT_PORT")).rejects.toThrow(StartupError)
    await expect(assertPortFree(port, "the storefront", "STOREFRONT_PORT")).rejects.toThrow(
      `Port ${port} for the storefront is already in use`,
    )
    server.close()
    await expect(assertPortFree(port, "the storefront", "STOREFRONT_PORT")).resolves.toBeUndefined()
  })
})

describe("server Node options", () => {
  it("give the servers a larger young generation, keeping what NODE_OPTIONS already says", () => {
    expect(serverNodeOptions("")).toBe("--max-semi-space-size=64")
    expect(serverNodeOptions("--enable-source-maps")).toBe("--enable-source-maps --max-semi-space-size=64")
    expect(serverNodeOptions("--max-semi-space-size=32 --enable-source-maps")).toBe("--max-semi-space-size=32 --enable-source-maps")
  })
})

describe("build stamps", () => {
  it("change when a source file changes, and only then", () => {
    const dir = tmp()
    writeFileSync(path.join(dir, "a.ts"), "export const a = 1")
    const before = hashSources([dir])
    expect(hashSources([dir])).toBe(before)
    writeFileSync(path.join(dir, "a.ts"), "export const a = 2")
    expect(hashSources([dir])).not.toBe(before)
  })
})

describe("seed options", () => {
  it("passes --synthetic on in the form medusa exec accepts", () => {
    expect(toLoaderArgs(["--synthetic", "10000"])).toEqual(["synthetic=10000"])
    expect(toLoaderArgs(["--synthetic=5"])).toEqual(["synthetic=5"])
    expect(parseLoaderArgs(["synthetic=10000"])).toEqual({ synthetic: 10000 })
    expect(parseLoaderArgs([])).toEqual({ synthetic: 0 })
  })

  it("rejects what it does not understand, naming it", () => {
    expect(() => toLoaderArgs(["--synthetic", "many"])).toThrow(/whole number .* got "many"/)
    expect(() => toLoaderArgs(["--synthetic", "2000000"])).toThrow(/1,000,000/)
    expect(() => toLoaderArgs(["--fast"])).toThrow(/Unknown option '--fast'/)
  })
})

describe("the supervisor of the cluster", () => {
  it("starts a process that stopped on its own again, with its pid file, and stops it for good on stopAll", async () => {
    const supervisor = new Supervisor(tmp())
    supervisor.restartOnExit = true
    const stopped: string[] = []
    supervisor.onUnexpectedExit = (name) => stopped.push(name)
    const { child } = supervisor.spawn("sleeper", "/bin/sleep", ["60"], { cwd: os.tmpdir(), env: { PATH: process.env.PATH } })
    const pidFile = path.join(supervisor.runDir, "sleeper.pid")
    process.kill(child.pid!, "SIGKILL")
    const restarted = await vi.waitFor(
      () => {
        const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0])
        if (!pid || pid === child.pid) throw new Error("not started again yet")
        return pid
      },
      { timeout: 5000, interval: 50 },
    )
    expect(isAlive(restarted)).toBe(true)
    expect(stopped).toEqual(["sleeper"])
    await supervisor.stopAll()
    expect(isAlive(restarted)).toBe(false)
    expect(stopped).toEqual(["sleeper"])
  })

  it("waits a second before a restart, doubling while a process keeps stopping, up to 30 s", () => {
    const now = 1_000_000
    expect(restartDelay([now - 120_000], now)).toBe(1000)
    expect(restartDelay([now - 5000], now)).toBe(1000)
    expect(restartDelay([now - 9000, now - 5000, now - 1000], now)).toBe(4000)
    expect(
      restartDelay(
        Array.from({ length: 10 }, (_, i) => now - i * 1000),
        now,
      ),
    ).toBe(30_000)
  })
})
