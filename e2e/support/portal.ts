import { expect, type Page } from "@playwright/test"
import { randomUUID } from "node:crypto"
import { existsSync, readdirSync, readFileSync } from "node:fs"
import path from "node:path"
import { simpleParser } from "mailparser"
import { DEMO_LOGINS } from "../../seed/src/demo-logins"

/** What an operator does for a new exporter (through the admin API), and what the exporter's person then receives. */

export const backend = process.env.BOZOR_TEST_BACKEND_URL ?? "http://localhost:9000"
export const portal = `${backend}/portal`
const dataDir = process.env.BOZOR_TEST_DATA_DIR ?? path.resolve(__dirname, "../../.data/test")

async function adminToken(): Promise<string> {
  const res = await fetch(`${backend}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: DEMO_LOGINS.admin.email, password: DEMO_LOGINS.admin.password }),
  })
  expect(res.status).toBe(200)
  return ((await res.json()) as { token: string }).token
}

async function admin<T>(token: string, route: string, body: unknown): Promise<T> {
  const res = await fetch(`${backend}${route}`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  })
  expect(res.status, `${route}: ${await res.clone().text()}`).toBeLessThan(300)
  return (await res.json()) as T
}

/** A new exporter with one invited person; returns the invitation link from the e-mail the person gets. */
export async function inviteNewExporter(locale: "uz" | "ru" | "en" | "zh-CN") {
  const id = randomUUID().slice(0, 8)
  const token = await adminToken()
  const { exporter } = await admin<{ exporter: { id: string; name: string } }>(token, "/admin/exporters", {
    handle: `e2e-asal-${id}`,
    name: `Zaamin Asal ${id}`,
    region: "jizzakh",
    city: "Zaamin",
    contact_email: `office-${id}@bozor.test`,
    contact_phone: "+998 90 000 00 00",
  })
  const email = `owner-${id}@bozor.test`
  await admin(token, `/admin/exporters/${exporter.id}/invitations`, { email, role: "owner", locale })
  return { exporter, email, link: await invitationLink(email) }
}

/** The link in the invitation e-mail, as the person clicks it (the test stack writes e-mails to its outbox). */
export async function invitationLink(email: string): Promise<string> {
  const dir = path.join(dataDir, "outbox")
  let raw: Buffer | undefined
  await expect
    .poll(
      () => {
        if (!existsSync(dir)) return false
        const file = readdirSync(dir)
          .filter((f) => f.endsWith(".eml"))
          .map((f) => path.join(dir, f))
          .find((f) => readFileSync(f, "utf8").includes(email))
        raw = file ? readFileSync(file) : undefined
        return Boolean(raw)
      },
      { timeout: 20_000, intervals: [250] },
    )
    .toBe(true)
  const mail = await simpleParser(raw!)
  const link = /https?:\/\/\S+\/portal\/accept-invitation\?token=[\w%-]+/.exec(mail.text ?? "")?.[0]
  expect(link, "invitation link in the e-mail").toBeTruthy()
  return link!
}

export const PASSWORD = "Zaamin-asal-2026"

/** Accepts an invitation in Russian: the language picked on the page, then name and password. */
export async function acceptInRussian(page: Page, link: string) {
  await page.goto(link)
  await page.getByLabel(/Language|Til|Язык|语言/).selectOption("ru")
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Присоединяйтесь к")
  await page.getByLabel("Имя").fill("Дилноза")
  await page.getByLabel("Фамилия").fill("Каримова")
  await page.getByLabel("Новый пароль").fill(PASSWORD)
  await page.getByLabel("Повторите пароль").fill(PASSWORD)
  await page.getByRole("button", { name: "Создать учётную запись" }).click()
  await expect(page).toHaveURL(/\/portal\/listings$/)
  await expect(page.getByRole("heading", { level: 1, name: "Товары" })).toBeVisible()
}

/** A picture drawn by the browser itself, encoded as it would encode a photo. */
export async function drawnImage(page: Page, name: string, color: string, type: "image/jpeg" | "image/png") {
  const dataUrl = await page.evaluate(
    ([fill, mime]) => {
      const canvas = document.createElement("canvas")
      canvas.width = canvas.height = 480
      const g = canvas.getContext("2d")!
      g.fillStyle = fill
      g.fillRect(0, 0, 480, 480)
      g.fillStyle = "#fff"
      g.beginPath()
      g.arc(240, 240, 120, 0, Math.PI * 2)
      g.fill()
      return canvas.toDataURL(mime, 0.9)
    },
    [color, type],
  )
  return { name, mimeType: type, buffer: Buffer.from(dataUrl.split(",")[1], "base64") }
}

/** True when nothing on the page is wider than the screen (no sideways scrolling on a phone). */
export const fitsScreen = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)
