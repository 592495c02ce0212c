import { execFile } from "node:child_process"
import { promisify } from "node:util"
import { queryValue } from "../postgres"
import { StartupError } from "../processes"

const exec = promisify(execFile)

/**
 * The environment libpq reads, from a DATABASE_URL: the password goes by environment, never on a command line that
 * every local user can read (`ps`).
 */
function libpqEnv(databaseUrl: string): NodeJS.ProcessEnv {
  const url = new URL(databaseUrl)
  const sslmode = url.searchParams.get("sslmode")
  return {
    PGHOST: url.hostname,
    PGPORT: url.port || "5432",
    PGUSER: decodeURIComponent(url.username),
    PGPASSWORD: decodeURIComponent(url.password),
    PGDATABASE: decodeURIComponent(url.pathname.slice(1)),
    ...(sslmode ? { PGSSLMODE: sslmode } : {}),
  }
}

async function tool(name: "pg_dump" | "pg_restore", args: string[], databaseUrl: string) {
  try {
    await exec(name, args, { env: { PATH: process.env.PATH, ...libpqEnv(databaseUrl) }, maxBuffer: 16 * 1024 * 1024 })
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { stderr?: string }
    if (err.code === "ENOENT") {
      throw new StartupError(
        `${name} is not on PATH: it is needed to back up or restore the PostgreSQL at DATABASE_URL.`,
        "Install the PostgreSQL client of the server's major version or newer (Debian: postgresql-client-<version>).",
      )
    }
    throw new StartupError(`${name} failed: ${(err.stderr || err.message).trim().split("\n").slice(-3).join(" ")}`)
  }
}

/** pg_dump's custom format: one consistent snapshot of the database, taken while the shop keeps running. */
export async function dumpDatabase(databaseUrl: string, file: string): Promise<string> {
  await tool("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", `--file=${file}`], databaseUrl)
  return (await queryValue<string>(databaseUrl, "show server_version")) ?? "unknown"
}

/** Whether the database has any table of its own: a restore into it would mix two shops. */
export async function databaseHasTables(databaseUrl: string): Promise<boolean> {
  const n = await queryValue<string>(databaseUrl, "select count(*) from information_schema.tables where table_schema = 'public'")
  return Number(n) > 0
}

/** Restores a dump; `replace` drops what the dump holds first (the database had tables and the operator said so). */
export async function restoreDump(databaseUrl: string, file: string, replace: boolean) {
  const database = libpqEnv(databaseUrl).PGDATABASE!
  const args = ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", `--dbname=${database}`]
  await tool("pg_restore", [...args, ...(replace ? ["--clean", "--if-exists"] : []), file], databaseUrl)
}
