import { expect } from "@playwright/test"
import { simpleParser, type ParsedMail } from "mailparser"
import { existsSync, readdirSync, readFileSync } from "node:fs"
import path from "node:path"

/**
 * An e-mail as its recipient gets it: the newest .eml in the test stack's outbox (the backend writes every message
 * there when no SMTP server is configured, named `<time>-<template>-…`) written at or after `since` (ms) whose raw
 * text and file name pass `match`, parsed like a mail client.
 */
export async function outboxMail(
  match: (raw: string, file: string) => boolean,
  { since = 0, timeoutMs = 20_000 }: { since?: number; timeoutMs?: number } = {},
): Promise<ParsedMail> {
  const dataDir = process.env.BOZOR_TEST_DATA_DIR
  if (!dataDir) throw new Error("BOZOR_TEST_DATA_DIR is not set: run the journeys through `npm test`.")
  const dir = path.join(dataDir, "outbox")
  let file: string | undefined
  await expect
    .poll(
      () => {
        if (!existsSync(dir)) return false
        file = readdirSync(dir)
          .filter((f) => f.endsWith(".eml") && Number(f.split("-")[0]) >= since)
          .sort()
          .reverse()
          .map((f) => path.join(dir, f))
          .find((f) => match(readFileSync(f, "utf8"), path.basename(f)))
        return !!file
      },
      { timeout: timeoutMs, intervals: [250] },
    )
    .toBe(true)
  return simpleParser(readFileSync(file!))
}

/** The first link in a message's text that starts with `prefix`. */
export function linkIn(mail: ParsedMail, prefix: string): string {
  const link = (mail.text ?? "").split(/\s+/).find((word) => word.startsWith(prefix))
  if (!link) throw new Error(`No link starting with ${prefix} in "${mail.subject}"`)
  return link
}
