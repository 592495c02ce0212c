import { spawnSync } from "node:child_process"
import path from "node:path"
import { describe, expect, it } from "vitest"

const ROOT = path.resolve(__dirname, "../..")
const bin = (name: string) => path.join(ROOT, "node_modules", ".bin", name)
const run = (command: string, args: string[]) => {
  const { status, stdout, stderr } = spawnSync(command, args, {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, CI: "true" },
    timeout: 60_000,
  })
  return { status, output: stdout + stderr }
}

/**
 * `npm test -- integration <filter>` and `npm test -- e2e <filter>` hand the filter to vitest and Playwright
 * (scripts/test.ts): a filter that matches no test file must fail the phase, not pass it with nothing run.
 */
describe("a test filter that matches no file", () => {
  it("fails the integration phase", () => {
    const { status, output } = run(bin("vitest"), ["run", "--project", "integration", "no-such-test-file-3f9c"])
    expect(output).toContain("No test files found")
    expect(status).not.toBe(0)
  })

  it("fails the journeys", () => {
    const { status, output } = run(bin("playwright"), ["test", "--config", "e2e/playwright.config.ts", "--list", "no-such-journey-3f9c"])
    expect(output).toContain("No tests found")
    expect(status).not.toBe(0)
  })
})
