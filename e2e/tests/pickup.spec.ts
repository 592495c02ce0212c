import { expect, test } from "@playwright/test"
import { pickupQrSvg } from "../../backend/src/utils/pickup-qr"
import { signInToAdmin } from "../support/admin"
import { outboxMail } from "../support/mail"
import { addToCart, chooseDelivery, choosePayment, declareIdentity, fillAddress, idNumber, newEmail } from "../support/shop"

const svgDataUrl = async (code: string) => `data:image/svg+xml;base64,${Buffer.from(await pickupQrSvg(code)).toString("base64")}`

test("zh-CN: collecting qurt at the Guangzhou centre takes a name and a mobile number; the confirmation, the e-mail and the admin agree on the pickup code", async ({
  page,
  browser,
}) => {
  // The shop and Medusa Admin in one journey: twice the pages of a checkout.
  test.slow()
  const email = newEmail()
  await addToCart(page, "zh-CN", "sheep-milk-qurt")
  await page.goto("/zh-CN/checkout")
  const form = page.getByTestId("address-form")
  await form.getByTestId("receive-pickup").check()
  // Who collects, and where: no province, city, street or postcode is asked.
  for (const name of ["province", "city", "district", "street", "postalCode"])
    await expect(form.locator(`input[name="${name}"]`)).toHaveCount(0)
  await expect(form.getByTestId("pickup-place")).toContainText("乌兹别克斯坦商品展销中心")
  await expect(form.getByTestId("pickup-place")).toContainText("阅江中路 380 号")
  await expect(form.getByTestId("pickup-place")).toContainText("每天 10:00–20:00")
  await form.locator('input[name="email"]').fill(email)
  await form.locator('input[name="phone"]').fill("12345678901")
  await form.locator('input[name="lastName"]').fill("王")
  await form.locator('input[name="firstName"]').fill("芳")
  await form.getByTestId("save-address").click()
  await expect(form).toContainText("11 位中国大陆手机号码")
  await expect(form.locator('input[name="lastName"]')).toHaveValue("王")
  await form.locator('input[name="phone"]').fill("139 0013 9000")
  await form.getByTestId("save-address").click()

  // The pickup is chosen with it: straight on to the payment.
  await expect(page.getByTestId("payment-form")).toBeVisible()
  await expect(page.getByTestId("step-address")).toContainText("王芳 · 13900139000")
  await expect(page.getByTestId("step-delivery")).toContainText("自提")
  await choosePayment(page, "pp_system_default")
  await page.getByTestId("place-order").click()
  await expect(page.getByTestId("order-confirmed")).toBeVisible()

  const pickup = page.getByTestId("order-pickup")
  await expect(pickup).toContainText("乌兹别克斯坦商品展销中心")
  await expect(pickup.getByTestId("pickup-address")).toContainText("广东省广州市海珠区阅江中路 380 号")
  await expect(pickup.getByTestId("pickup-hours")).toHaveText("每天 10:00–20:00")
  await expect(pickup.getByTestId("pickup-collector")).toHaveText("王芳 · 13900139000")
  const spaced = (await pickup.getByTestId("pickup-code").textContent())!.trim()
  const code = spaced.replace(/\s/g, "")
  expect(code).toMatch(/^\d{8}$/)
  // The QR code carries the code itself, so a scanner at the counter types it.
  await expect(pickup.getByTestId("pickup-qr")).toHaveAttribute("src", await svgDataUrl(code))
  await expect(page.getByTestId("order-address")).toHaveCount(0)
  await expect(page.getByTestId("fulfillment-state")).toHaveText("备货中")
  const displayId = (await page.getByTestId("order-number").textContent())!.match(/\d+/)![0]

  const mail = await outboxMail((raw, file) => file.includes("-order-placed-") && raw.includes(email))
  expect(mail.text).toContain("到店自提: 乌兹别克斯坦商品展销中心")
  expect(mail.text).toContain("营业时间: 每天 10:00–20:00")
  expect(mail.text).toContain(`提货码: ${spaced}`)
  expect(mail.text).toContain("提货人: 王芳 · 13900139000")
  expect(mail.text).not.toContain("收货地址")
  // The QR code is an inline image of the message (the parser shows it where the HTML names its Content-ID).
  expect(mail.attachments.find((a) => a.contentType === "image/png")?.cid).toBeTruthy()
  expect(String(mail.html)).toMatch(new RegExp(`<img src="data:image/png;base64,[^"]+" alt="提货码 ${spaced} 的二维码"`))

  // At the counter: staff type (or scan) the code and find the order, with who may collect it.
  const staff = await (await browser.newContext()).newPage()
  await signInToAdmin(staff)
  await staff.goto(`${process.env.BOZOR_TEST_BACKEND_URL}/app/pickup`)
  await staff.getByTestId("pickup-code-input").fill("0000 0000")
  await staff.getByTestId("pickup-code-search").click()
  await expect(staff.getByTestId("pickup-code-error")).toContainText("No order has the pickup code")
  await staff.getByTestId("pickup-code-input").fill(spaced)
  await staff.getByTestId("pickup-code-search").click()
  const found = staff.getByTestId("pickup-code-order")
  await expect(found).toContainText(`Order #${displayId}`)
  await expect(found).toContainText("王芳")
  await expect(found).toContainText("13900139000")
  await found.getByTestId("pickup-code-open-order").click()
  await expect(staff).toHaveURL(/\/app\/orders\/order_/)
  // The order page of the admin is heavy; its widget asks for the code once the page has the order.
  await expect(staff.getByTestId("admin-order-pickup-code")).toHaveText(code, { timeout: 30_000 })
  await expect(staff.getByTestId("admin-order-buyer-name")).toHaveText("王芳")
  await staff.context().close()
})

test("en: the pickup in English, from the delivery step too", async ({ page }) => {
  const email = newEmail()
  await addToCart(page, "en", "zaamin-comb-honey")
  await page.goto("/en/checkout")
  await fillAddress(page, email)
  await expect(page.getByTestId("delivery-option-place")).toContainText("Daily 10:00–20:00")
  await chooseDelivery(page, /pick ?up/i)
  await choosePayment(page, "pp_system_default")
  await page.getByTestId("place-order").click()
  await expect(page.getByTestId("order-confirmed")).toBeVisible()
  const pickup = page.getByTestId("order-pickup")
  await expect(pickup).toContainText("Uzbek goods exhibition-and-sales centre")
  await expect(pickup.getByTestId("pickup-address")).toHaveText(
    "Pazhou Exhibition Centre, 380 Yuejiang Middle Road, Haizhu District, Guangzhou, Guangdong 510335",
  )
  await expect(pickup.getByTestId("pickup-hours")).toHaveText("Daily 10:00–20:00")
  // Collected, not delivered: the address typed on the first step is not a delivery address.
  await expect(page.getByTestId("order-address")).toHaveCount(0)
  const spaced = (await pickup.getByTestId("pickup-code").textContent())!.trim()

  const mail = await outboxMail((raw, file) => file.includes("-order-placed-") && raw.includes(email))
  expect(mail.text).toContain("Pickup at: Uzbek goods exhibition-and-sales centre")
  expect(mail.text).toContain(`Pickup code: ${spaced}`)
  expect(mail.text).toContain("Opening hours: Daily 10:00–20:00")
  expect(mail.text).not.toContain("Delivery address")
})

test("a parcel mailed from Tashkent cannot be paid at the centre", async ({ page }) => {
  await addToCart(page, "zh-CN", "white-acacia-honey")
  await page.goto("/zh-CN/checkout")
  // Nothing of this cart can be collected: no pickup choice on the first step.
  await expect(page.getByTestId("receive-pickup")).toHaveCount(0)
  await fillAddress(page, newEmail())
  await chooseDelivery(page, /直邮/)
  await declareIdentity(page, "陈静", idNumber())
  await expect(page.getByTestId("provider-pp_stripe_stripe")).toBeVisible()
  await expect(page.getByTestId("provider-pp_system_default")).toHaveCount(0)
})
