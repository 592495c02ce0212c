import { expect, test, type Page } from "@playwright/test"
import { DEMO_LOGINS } from "../../seed/src/demo-logins"
import { linkIn, outboxMail } from "../support/mail"
import { register } from "../support/shop"
import { DEFAULT_STOREFRONT_URL } from "@bozor/shared"

const storefront = process.env.BOZOR_TEST_STOREFRONT_URL ?? DEFAULT_STOREFRONT_URL

/** From the sign-in page's link to the e-mail Medusa's reset flow sends; returns the e-mail's link. */
async function askForLink(page: Page, locale: "zh-CN" | "en", email: string) {
  await page.goto(`/${locale}/account/login`)
  await page.getByTestId("forgot-password").click()
  await expect(page).toHaveURL(new RegExp(`/${locale}/account/reset-password$`))
  const since = Date.now()
  await page.getByTestId("request-reset-form").locator('input[name="email"]').fill(email)
  await page.getByTestId("request-reset").click()
  await expect(page.getByTestId("reset-sent")).toContainText(email)
  const mail = await outboxMail((raw, file) => file.includes("-password-reset-") && raw.includes(email), { since })
  return { mail, link: linkIn(mail, `${storefront}/${locale}/account/reset-password?token=`) }
}

async function signIn(page: Page, locale: string, email: string, password: string) {
  const form = page.getByTestId("sign-in-form")
  await form.locator('input[name="email"]').fill(email)
  await form.locator('input[name="password"]').fill(password)
  await form.getByTestId("sign-in").click()
}

async function setPassword(page: Page, password: string) {
  const form = page.getByTestId("new-password-form")
  await form.locator('input[name="password"]').fill(password)
  await form.getByTestId("set-password").click()
}

test("zh-CN: a customer resets a forgotten password through the e-mail and signs in with the new one", async ({ page }) => {
  const email = await register(page, "zh-CN")
  await page.getByTestId("sign-out").click()

  const { mail, link } = await askForLink(page, "zh-CN", email)
  expect(mail.subject).toBe("丝路巴扎：重设密码")
  expect(mail.text).toContain("15 分钟")

  await page.goto(link)
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN")
  await setPassword(page, "short")
  await expect(page.getByTestId("form-error")).toContainText("至少 8 个字符")
  await setPassword(page, "new-journey-password-2")
  await expect(page.getByTestId("password-changed")).toContainText("密码已修改")

  // The old password no longer works, and the e-mail typed stays in the form.
  await signIn(page, "zh-CN", email, "journey-password-1")
  await expect(page.getByTestId("form-error")).toContainText("不正确")
  await expect(page.getByTestId("sign-in-form").locator('input[name="email"]')).toHaveValue(email)
  await signIn(page, "zh-CN", email, "new-journey-password-2")
  await expect(page.getByTestId("account-title")).toHaveText("您好，王芳")

  // The link works once: opened again, it says so.
  await page.getByTestId("sign-out").click()
  await page.goto(link)
  await setPassword(page, "another-password-3")
  await expect(page.getByTestId("form-error")).toContainText("已使用过")
})

test("en: the e-mail and the page are in English; a link that ran out says it expired", async ({ page }) => {
  const email = await register(page, "en")
  await page.getByTestId("sign-out").click()
  const { mail, link } = await askForLink(page, "en", email)
  expect(mail.subject).toBe("Bozor: reset your password")
  expect(mail.text).toContain("within 15 minutes")

  // The same link with its expiry in the past (the page reads the token's own expiry).
  const token = new URL(link).searchParams.get("token")!
  const [header, , signature] = token.split(".")
  const claims = JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString())
  const expired = [
    header,
    Buffer.from(JSON.stringify({ ...claims, exp: Math.floor(Date.now() / 1000) - 60 })).toString("base64url"),
    signature,
  ].join(".")
  await page.goto(`/en/account/reset-password?token=${expired}`)
  await expect(page.getByTestId("reset-link-problem")).toContainText("expired")
  await expect(page.getByTestId("request-reset-form")).toBeVisible()

  await page.goto(link)
  await setPassword(page, "new-journey-password-2")
  await expect(page.getByTestId("password-changed")).toBeVisible()
  await signIn(page, "en", email, "new-journey-password-2")
  await expect(page.getByTestId("account-title")).toHaveText("Hello, 王芳")
})

test("the demo customer can reset the published password too (then it is set back)", async ({ page }) => {
  const { email, password } = DEMO_LOGINS.customer
  const first = await askForLink(page, "en", email)
  await page.goto(first.link)
  await setPassword(page, "demo-reset-password-1")
  await signIn(page, "en", email, "demo-reset-password-1")
  await expect(page.getByTestId("account-title")).toHaveText("Hello, 李娜")

  // Back to the published password, so that the demo login printed by `npm start` stays true for the other journeys.
  await page.getByTestId("sign-out").click()
  const again = await askForLink(page, "en", email)
  await page.goto(again.link)
  await setPassword(page, password)
  await signIn(page, "en", email, password)
  await expect(page.getByTestId("account-title")).toBeVisible()
})
