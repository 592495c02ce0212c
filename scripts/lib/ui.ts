import { StartupError } from "./processes"

const tty = process.stdout.isTTY
const color = (code: number) => (s: string) => (tty ? `\x1b[${code}m${s}\x1b[0m` : s)
export const bold = color(1)
export const dim = color(2)
export const green = color(32)
export const red = color(31)
export const cyan = color(36)

const frames = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"]
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`

/**
 * Runs one startup step with a spinner (or a plain line when output is not a
 * terminal) and reports its duration; `detail` updates the line while it runs.
 */
export async function step<T>(title: string, work: (detail: (text: string) => void) => Promise<T>): Promise<T> {
  const started = Date.now()
  let detail = ""
  let frame = 0
  const render = () => {
    if (!tty) return
    const text = `  ${cyan(frames[frame++ % frames.length])} ${title}${detail ? dim(` · ${detail}`) : ""} ${dim(seconds(Date.now() - started))}`
    process.stdout.write(`\r\x1b[2K${text.slice(0, (process.stdout.columns || 100) + 30)}`)
  }
  if (!tty) console.log(`  … ${title}`)
  const timer = tty ? setInterval(render, 100) : undefined
  try {
    const result = await work((text) => {
      detail = text
    })
    if (timer) clearInterval(timer)
    if (tty) process.stdout.write("\r\x1b[2K")
    console.log(`  ${green("✔")} ${title} ${dim(seconds(Date.now() - started))}`)
    return result
  } catch (e) {
    if (timer) clearInterval(timer)
    if (tty) process.stdout.write("\r\x1b[2K")
    console.log(`  ${red("✖")} ${title}`)
    throw e
  }
}

export function skipped(title: string, why: string) {
  console.log(`  ${green("✔")} ${title} ${dim(`(${why})`)}`)
}

/** One clear message naming the cause, the hint to fix it, and a non-zero exit: never a bare stack trace. */
export function fail(e: unknown, exitCode = 1): never {
  if (e instanceof StartupError) {
    console.error(`\n${red(bold("Bozor could not start:"))} ${e.message}`)
    if (e.hint) console.error(e.hint)
  } else {
    console.error(`\n${red(bold("Bozor could not start:"))} ${e instanceof Error ? e.message : String(e)}`)
    if (e instanceof Error && e.stack) console.error(dim(e.stack.split("\n").slice(1, 6).join("\n")))
  }
  process.exit(exitCode)
}
