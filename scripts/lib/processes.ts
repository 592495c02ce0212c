import exitHook from "async-exit-hook"
import { spawn, type ChildProcess } from "node:child_process"
import { createWriteStream, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import path from "node:path"
import { stripVTControlCharacters } from "node:util"

export class StartupError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message)
  }
}

/**
 * NODE_OPTIONS for every Medusa and Next.js process of the stack (servers, seed, reindex): a young generation of 64 MB
 * per semi-space instead of V8's 16 MB. They allocate a lot per request or per batch; with the default the scavenger
 * runs every few requests and shows in the latency tail (search bench at 10k, c1: p50 13.2 → 8.5 ms, p95 20.8 →
 * 15.1 ms; reindex 29 → 21 s). A --max-semi-space-size already in NODE_OPTIONS is kept.
 */
export function serverNodeOptions(current = ""): string {
  return /--max-semi-space-size/.test(current) ? current : `${current} --max-semi-space-size=64`.trim()
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM"
  }
}

const readOrUndefined = (file: string) => {
  try {
    return readFileSync(file, "utf8")
  } catch {
    return undefined
  }
}

/**
 * What tells a process from any other that later gets the same pid (after a reboot, or once pids wrap around):
 * the boot it runs in and its start time in clock ticks since that boot (/proc/<pid>/stat, field 22).
 * Undefined when the process is gone.
 */
function processStart(pid: number): string | undefined {
  const stat = readOrUndefined(`/proc/${pid}/stat`)
  const boot = readOrUndefined("/proc/sys/kernel/random/boot_id")
  if (!stat || !boot) return undefined
  // The command name (field 2) is in parentheses and may itself hold spaces and parentheses: count from after it.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
  return `${boot.trim()}/${fields[22 - 3]}`
}

/** A running process's arguments (empty when it is gone): what it was started as, to tell whose it is. */
export function commandLine(pid: number): string[] {
  return (readOrUndefined(`/proc/${pid}/cmdline`) ?? "").split("\0").filter(Boolean)
}

/** Records a process we started: its pid, and its start so that a later reader can tell it is still that process. */
export function writePidFile(file: string, pid: number) {
  writeFileSync(file, `${pid}\n${processStart(pid) ?? ""}\n`)
}

/**
 * The pid a pid file records, if that very process still runs. A file without a start time (written before
 * start times were recorded) or whose pid now belongs to another process names nothing of ours: it is never signalled.
 */
function recordedProcess(file: string): number | undefined {
  const [pidLine, start] = (readOrUndefined(file) ?? "").split("\n")
  const pid = Number(pidLine)
  if (!Number.isInteger(pid) || pid <= 0 || !start) return undefined
  return processStart(pid) === start ? pid : undefined
}

/** Signals a whole process group (children spawned detached lead their own), then the pid itself. */
function signal(pid: number, sig: NodeJS.Signals) {
  for (const target of [-pid, pid]) {
    try {
      process.kill(target, sig)
    } catch {
      /* already gone */
    }
  }
}

async function exited(pid: number, withinMs: number): Promise<boolean> {
  const deadline = Date.now() + withinMs
  while (isAlive(pid)) {
    if (Date.now() > deadline) return false
    await sleep(20)
  }
  return true
}

/**
 * Stops a process of ours: `sig`, then SIGKILL after the grace period. Callers pass only pids they know are theirs
 * (a child they hold, or a pid file checked by `recordedProcess`). Never waits forever: a process that survives
 * SIGKILL (one we may not signal) is reported and left.
 */
export async function terminate(pid: number, graceMs = 8000, sig: NodeJS.Signals = "SIGTERM") {
  if (!isAlive(pid)) return
  signal(pid, sig)
  if (await exited(pid, graceMs)) return
  signal(pid, "SIGKILL")
  if (!(await exited(pid, 5000))) console.warn(`! Process ${pid} did not stop after SIGKILL; left running.`)
}

/**
 * How long to wait before starting a process again: 1 s, doubling for every other start within the last minute
 * (a process that cannot stay up, e.g. while PostgreSQL restarts), up to 30 s.
 */
export function restartDelay(starts: number[], now = Date.now()): number {
  const recent = starts.filter((t) => now - t < 60_000).length
  return Math.min(30_000, 1000 * 2 ** Math.max(0, recent - 1))
}

interface Managed {
  name: string
  stop: () => Promise<void>
}

/**
 * Owns every process the launcher starts. Each child is recorded in a pid file
 * so that a launcher killed with -9 leaves nothing the next start cannot clean
 * up; on Ctrl-C, SIGTERM, a crash or a normal end every child is stopped, the
 * last started first.
 */
export class Supervisor {
  private managed: Managed[] = []
  private stopping = false
  readonly runDir: string
  readonly logDir: string
  /** The launcher lock: the pid (and start) of the launcher that holds this data folder. */
  readonly lockFile: string
  onUnexpectedExit: (name: string, code: number | null, logFile: string) => void = () => {}
  /**
   * Whether a process that stops on its own is started again, as systemd's Restart=always or an orchestrator would
   * (the cluster, once it is up): off during startup, where a crash must fail the start with its log.
   */
  restartOnExit = false
  private claimed = false

  constructor(dataDir: string) {
    this.runDir = path.join(dataDir, "run")
    this.logDir = path.join(dataDir, "logs")
    this.lockFile = path.join(this.runDir, "launcher.pid")
    mkdirSync(this.runDir, { recursive: true })
    mkdirSync(this.logDir, { recursive: true })
    exitHook.forceExitTimeout(30_000)
    exitHook((done: () => void) => {
      this.stopAll().finally(done)
    })
    // If whatever started us (npm, a terminal, a supervisor) dies without
    // signalling us, we are re-parented: stop everything rather than linger.
    const parent = process.ppid
    setInterval(() => {
      if (process.ppid !== parent) void this.stopAll().finally(() => process.exit(1))
    }, 1000).unref()
  }

  /** The pid of a launcher that is running on this data folder now, if any. */
  runningLauncher(): number | undefined {
    const pid = recordedProcess(this.lockFile)
    return pid && pid !== process.pid ? pid : undefined
  }

  /**
   * Takes the data folder for this launcher: refuses if another one is using it,
   * and stops what an earlier launcher left running (killed with -9, or a crashed terminal).
   * Claiming a folder this launcher already holds does nothing.
   */
  async claim() {
    if (this.claimed) return
    const other = this.runningLauncher()
    if (other) {
      throw new StartupError(
        `Bozor is already running on ${path.dirname(this.runDir)} (launcher pid ${other}).`,
        "Stop it with Ctrl-C in its terminal (or `kill " + other + "`), or use another data folder with BOZOR_DATA_DIR.",
      )
    }
    await this.reapStale()
    writePidFile(this.lockFile, process.pid)
    this.claimed = true
    this.register("launcher", async () => rmSync(this.lockFile, { force: true }))
  }

  /**
   * Stops processes a previous run (or a test that restarted one) left behind, by their pid files. Only a pid that
   * still belongs to the process the file recorded is signalled: after a reboot the number may be anyone's.
   */
  async reapStale() {
    for (const file of readdirSync(this.runDir).filter((f) => f.endsWith(".pid") && path.join(this.runDir, f) !== this.lockFile)) {
      const pid = recordedProcess(path.join(this.runDir, file))
      if (pid) await terminate(pid)
      rmSync(path.join(this.runDir, file), { force: true })
    }
  }

  register(name: string, stop: () => Promise<void>) {
    this.managed.push({ name, stop })
  }

  spawn(
    name: string,
    command: string,
    args: string[],
    options: { cwd: string; env: NodeJS.ProcessEnv },
  ): { child: ChildProcess; logFile: string } {
    const logFile = path.join(this.logDir, `${name}.log`)
    const log = createWriteStream(logFile, { flags: "a" })
    const pidFile = path.join(this.runDir, `${name}.pid`)
    const starts: number[] = []
    const start = (): ChildProcess => {
      starts.push(Date.now())
      log.write(`\n--- ${new Date().toISOString()} ${command} ${args.join(" ")}\n`)
      const child = spawn(command, args, {
        cwd: options.cwd,
        env: options.env,
        detached: true,
        stdio: ["ignore", "pipe", "pipe"],
      })
      child.stdout!.pipe(log, { end: false })
      child.stderr!.pipe(log, { end: false })
      if (child.pid) writePidFile(pidFile, child.pid)
      child.on("exit", (code) => {
        rmSync(pidFile, { force: true })
        if (this.stopping) return
        this.onUnexpectedExit(name, code, logFile)
        if (this.restartOnExit) this.afterDelay(restartDelay(starts), () => (current = start()))
      })
      return child
    }
    let current = start()
    this.register(name, async () => {
      if (current.exitCode === null && current.signalCode === null && current.pid) await terminate(current.pid)
    })
    return { child: current, logFile }
  }

  /** Runs `then` after `ms` unless the supervisor is stopping by then (a restart must not outlive Ctrl-C). */
  afterDelay(ms: number, then: () => void) {
    setTimeout(() => {
      if (!this.stopping) then()
    }, ms)
  }

  get isStopping() {
    return this.stopping
  }

  async stopAll() {
    if (this.stopping) return
    this.stopping = true
    stopRunningCommands()
    for (const m of [...this.managed].reverse()) {
      try {
        await m.stop()
      } catch {
        /* keep stopping the others */
      }
    }
    this.managed = []
    // The launcher that owns the data folder also stops whatever else its run directory lists (a test restarts
    // Meilisearch itself); a command borrowing a running shop's services (npm run seed) must not.
    if (this.claimed) await this.reapStale().catch(() => undefined)
  }
}

/** Commands `run` started that have not finished (builds, migrations, the seed). */
const runningCommands = new Set<number>()

/** Registers a command started elsewhere (medusa exec with the terminal) so that stopping stops it too. */
export function trackCommand(child: ChildProcess) {
  if (!child.pid) return
  runningCommands.add(child.pid)
  child.on("exit", () => runningCommands.delete(child.pid!))
}

/** Stops every command still running, with its process group; called on every exit path of a launcher. */
function stopRunningCommands() {
  for (const pid of runningCommands) {
    try {
      process.kill(-pid, "SIGTERM")
    } catch {
      /* already gone */
    }
  }
  runningCommands.clear()
}

/** Runs a command to completion, output to a log file; rejects with the log's tail on failure. */
export function run(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string; onLine?: (line: string) => void },
): Promise<void> {
  return new Promise((resolve, reject) => {
    const log = createWriteStream(options.logFile, { flags: "a" })
    log.write(`\n--- ${new Date().toISOString()} ${command} ${args.join(" ")}\n`)
    // Its own process group, so stopping the launcher stops the command and whatever it started (builds fork workers).
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ["ignore", "pipe", "pipe"], detached: true })
    if (child.pid) runningCommands.add(child.pid)
    let tail = ""
    const onData = (chunk: Buffer) => {
      const text = chunk.toString()
      log.write(text)
      tail = (tail + text).slice(-4000)
      if (options.onLine) for (const line of text.split("\n")) if (line.trim()) options.onLine(line)
    }
    child.stdout.on("data", onData)
    child.stderr.on("data", onData)
    child.on("error", (e) => reject(new StartupError(`${command} could not be started: ${e.message}`)))
    child.on("exit", (code, sig) => {
      if (child.pid) runningCommands.delete(child.pid)
      log.end()
      if (code === 0) resolve()
      else
        reject(
          new StartupError(
            `${path.basename(command)} ${args[0] ?? ""} failed (${sig ?? `exit ${code}`}).`,
            `Last output:\n${stripVTControlCharacters(tail).trim().split("\n").slice(-15).join("\n")}\nFull log: ${options.logFile}`,
          ),
        )
    })
  })
}
