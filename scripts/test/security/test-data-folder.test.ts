import { spawn } from "node:child_process"
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { afterEach, describe, expect, it } from "vitest"
import { StartupError, writePidFile } from "../../lib/processes"
import { claimTestData, TEST_DATA_MARKER, testDataDir } from "../../lib/test-data"

/**
 * `npm test` deletes its test data folder on every run. Every hostile value here is tried against a throwaway
 * "repository" in a temp folder: the decision is a pure function of the environment and the root, and the deletion
 * happens only after the folder is claimed.
 */
const fakeRepo = () => {
  const root = mkdtempSync(path.join(os.tmpdir(), "bozor-repo-"))
  mkdirSync(path.join(root, "backend"))
  writeFileSync(path.join(root, "backend", "medusa-config.ts"), "// precious")
  mkdirSync(path.join(root, ".data", "postgres"), { recursive: true })
  writeFileSync(path.join(root, ".data", "secrets.json"), "{}")
  return root
}

const refused = (env: NodeJS.ProcessEnv, root: string) => {
  try {
    testDataDir(env, root)
  } catch (e) {
    expect(e).toBeInstanceOf(StartupError)
    return (e as Error).message
  }
  throw new Error(`BOZOR_TEST_DATA_DIR=${JSON.stringify(env.BOZOR_TEST_DATA_DIR)} was accepted`)
}

describe("the test data folder npm test deletes", () => {
  it("is .data/test for an unset or empty BOZOR_TEST_DATA_DIR, never the repository", () => {
    const root = fakeRepo()
    expect(testDataDir({}, root)).toBe(path.join(root, ".data", "test"))
    expect(testDataDir({ BOZOR_TEST_DATA_DIR: "" }, root)).toBe(path.join(root, ".data", "test"))
  })

  it("refuses the repository and every folder that holds it", () => {
    const root = fakeRepo()
    for (const value of [".", "./", "..", "../..", "/", root, `${root}/`, "backend/..", ".data/test/../.."]) {
      expect(refused({ BOZOR_TEST_DATA_DIR: value }, root)).toMatch(/holds the repository/)
    }
  })

  it("refuses the shop's own data folder, wherever BOZOR_DATA_DIR puts it, and what holds it", () => {
    const root = fakeRepo()
    expect(refused({ BOZOR_TEST_DATA_DIR: ".data" }, root)).toMatch(/shop's own data/)
    expect(refused({ BOZOR_TEST_DATA_DIR: path.join(root, ".data") }, root)).toMatch(/shop's own data/)
    const elsewhere = mkdtempSync(path.join(os.tmpdir(), "bozor-shop-"))
    mkdirSync(path.join(elsewhere, "data"))
    expect(refused({ BOZOR_TEST_DATA_DIR: path.join(elsewhere, "data"), BOZOR_DATA_DIR: path.join(elsewhere, "data") }, root)).toMatch(
      /shop's own data/,
    )
    expect(refused({ BOZOR_TEST_DATA_DIR: elsewhere, BOZOR_DATA_DIR: path.join(elsewhere, "data") }, root)).toMatch(/shop's own data/)
    // The default test folder itself, when the shop was told to keep its data there.
    expect(refused({ BOZOR_DATA_DIR: ".data/test" }, root)).toMatch(/shop's own data/)
  })

  it("sees through a symbolic link to the repository", () => {
    const root = fakeRepo()
    const link = path.join(mkdtempSync(path.join(os.tmpdir(), "bozor-link-")), "test-data")
    symlinkSync(root, link)
    expect(refused({ BOZOR_TEST_DATA_DIR: link }, root)).toMatch(/holds the repository/)
  })

  it("refuses a folder with files that npm test did not make, and accepts a new, empty or marked one", () => {
    const root = fakeRepo()
    expect(refused({ BOZOR_TEST_DATA_DIR: "backend" }, root)).toMatch(/did not make it/)
    expect(refused({ BOZOR_TEST_DATA_DIR: ".data/postgres/.." }, root)).toMatch(/shop's own data/)
    const home = mkdtempSync(path.join(os.tmpdir(), "bozor-home-"))
    writeFileSync(path.join(home, "thesis.tex"), "years of work")
    expect(refused({ BOZOR_TEST_DATA_DIR: home }, root)).toMatch(/did not make it/)

    const fresh = path.join(mkdtempSync(path.join(os.tmpdir(), "bozor-fresh-")), "test-data")
    expect(testDataDir({ BOZOR_TEST_DATA_DIR: fresh }, root)).toBe(fresh)
    mkdirSync(fresh)
    expect(testDataDir({ BOZOR_TEST_DATA_DIR: fresh }, root)).toBe(fresh)
    writeFileSync(path.join(fresh, TEST_DATA_MARKER), "")
    writeFileSync(path.join(fresh, "old.log"), "")
    expect(testDataDir({ BOZOR_TEST_DATA_DIR: fresh }, root)).toBe(fresh)
  })
})

describe("claiming the test data folder", () => {
  const children: number[] = []
  afterEach(() => {
    for (const pid of children.splice(0)) process.kill(pid, "SIGKILL")
  })

  it("refuses a folder another live test run holds, and deletes nothing in it", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "bozor-claimed-"))
    writeFileSync(path.join(dir, TEST_DATA_MARKER), "")
    writeFileSync(path.join(dir, "in-use.db"), "another run's database")
    const other = spawn("sleep", ["30"], { stdio: "ignore" })
    children.push(other.pid!)
    mkdirSync(path.join(dir, "run"))
    writePidFile(path.join(dir, "run", "launcher.pid"), other.pid!)

    await expect(claimTestData(dir)).rejects.toThrow(/already running/)
    expect(readFileSync(path.join(dir, "in-use.db"), "utf8")).toBe("another run's database")
  })

  it("empties a folder no live run holds, keeping only its own lock", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "bozor-stale-"))
    writeFileSync(path.join(dir, "old.db"), "")
    mkdirSync(path.join(dir, "run"))
    writeFileSync(path.join(dir, "run", "services.json"), "{}")
    const supervisor = await claimTestData(dir)
    try {
      expect(existsSync(path.join(dir, "old.db"))).toBe(false)
      expect(existsSync(path.join(dir, "run", "services.json"))).toBe(false)
      expect(existsSync(path.join(dir, TEST_DATA_MARKER))).toBe(true)
      expect(readFileSync(supervisor.lockFile, "utf8").split("\n")[0]).toBe(String(process.pid))
    } finally {
      await supervisor.stopAll()
    }
  })
})
