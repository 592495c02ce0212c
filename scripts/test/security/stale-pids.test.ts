import { spawn, type ChildProcess } from "node:child_process"
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { afterEach, describe, expect, it } from "vitest"
import { strayPostmaster } from "../../lib/postgres"
import { isAlive, Supervisor, writePidFile } from "../../lib/processes"

/**
 * A pid file outlives its process: after a reboot (or once pids wrap around) its number can belong to anyone.
 * The launcher signals a recorded pid only while it is still the process it recorded.
 */
const started: ChildProcess[] = []
const stranger = () => {
  // Started by someone else, as far as the launcher knows: its own process group, like any unrelated program.
  const child = spawn("sleep", ["30"], { stdio: "ignore", detached: true })
  started.push(child)
  return child.pid!
}

const dataDir = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "bozor-pids-"))
  mkdirSync(path.join(dir, "run"))
  return dir
}

afterEach(() => {
  for (const child of started.splice(0)) if (child.exitCode === null) child.kill("SIGKILL")
})

describe("stale pid files", () => {
  it("leave an unrelated process that now has the recorded pid alone", async () => {
    const dir = dataDir()
    const pid = stranger()
    // A pid file from before a reboot: the number, and a start that is not this process's.
    writeFileSync(path.join(dir, "run", "meilisearch.pid"), `${pid}\n00000000-0000-0000-0000-000000000000/1\n`)
    // One written before start times were recorded: only a number.
    const other = stranger()
    writeFileSync(path.join(dir, "run", "backend.pid"), String(other))

    const supervisor = new Supervisor(dir)
    await supervisor.reapStale()
    expect(isAlive(pid)).toBe(true)
    expect(isAlive(other)).toBe(true)
    expect(existsSync(path.join(dir, "run", "meilisearch.pid"))).toBe(false)
    expect(existsSync(path.join(dir, "run", "backend.pid"))).toBe(false)
  })

  it("still stop a process a killed launcher left behind", async () => {
    const dir = dataDir()
    const child = spawn("sleep", ["30"], { stdio: "ignore", detached: true })
    started.push(child)
    const exited = new Promise((resolve) => child.once("exit", resolve))
    writePidFile(path.join(dir, "run", "meilisearch.pid"), child.pid!)

    await new Supervisor(dir).reapStale()
    await exited
    expect(child.signalCode).toBe("SIGTERM")
  })

  it("do not make a stranger holding a dead launcher's pid look like a running launcher", async () => {
    const dir = dataDir()
    const pid = stranger()
    writeFileSync(path.join(dir, "run", "launcher.pid"), `${pid}\n00000000-0000-0000-0000-000000000000/1\n`)
    const supervisor = new Supervisor(dir)
    expect(supervisor.runningLauncher()).toBeUndefined()
    await supervisor.claim()
    expect(isAlive(pid)).toBe(true)
    await supervisor.stopAll()
  })

  it("tell a live launcher from a stranger by its start", () => {
    const dir = dataDir()
    const pid = stranger()
    writePidFile(path.join(dir, "run", "launcher.pid"), pid)
    expect(new Supervisor(dir).runningLauncher()).toBe(pid)
  })
})

describe("a stale postmaster.pid", () => {
  it("names PostgreSQL to stop only while its pid runs on this data folder", () => {
    const dir = path.join(dataDir(), "postgres")
    mkdirSync(dir)
    // PostgreSQL's own pid file: the pid, then the data folder. After a reboot the pid is a stranger's.
    writeFileSync(path.join(dir, "postmaster.pid"), `${stranger()}\n${dir}\n`)
    expect(strayPostmaster(dir)).toBeUndefined()

    const postmaster = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)", "--", "-D", dir], { stdio: "ignore" })
    started.push(postmaster)
    writeFileSync(path.join(dir, "postmaster.pid"), `${postmaster.pid}\n${dir}\n`)
    expect(strayPostmaster(dir)).toBe(postmaster.pid)
  })
})
