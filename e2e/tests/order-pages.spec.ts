import { expect, test } from "@playwright/test"
import { adminApi, orderIdOf } from "../support/admin"
import { addToCart, chooseDelivery, choosePayment, fillAddress, newEmail, register } from "../support/shop"

const HAN = /[\u4e00-\u9fff]/

test("zh-CN: a parcel's page shows its status and payment, and the waybill once an operator ships it", async ({ page, request }) => {
  // A checkout, an operator's shipment and three more pages in one journey.
  test.slow()
  await register(page, "zh-CN")
  await addToCart(page, "zh-CN", "sheep-milk-qurt")
  await page.goto("/zh-CN/checkout")
  await fillAddress(page, newEmail())
  await chooseDelivery(page, /快递/)
  await choosePayment(page, "pp_system_default")
  await page.getByTestId("place-order").click()
  await expect(page.getByTestId("order-confirmed")).toBeVisible()
  await expect(page.getByTestId("order-state")).toHaveText("已接单")
  // Paid at the counter: nothing is paid yet, whatever Medusa's "authorized" says.
  await expect(page.getByTestId("payment-state")).toHaveText("到店支付（尚未付款）")
  await expect(page.getByTestId("fulfillment-state")).toHaveText("备货中")
  await expect(page.getByTestId("waybill")).toHaveCount(0)
  await expect(page.getByTestId("order-address")).toContainText("王芳 · 13800138000 · 广东省广州市海珠区新港东路 1000 号")

  const admin = await adminApi(request)
  await admin.ship(orderIdOf(page), "SF1234567890", "https://www.sf-express.com/chn/sc/waybill/waybill-detail/SF1234567890")
  await page.reload()
  await expect(page.getByTestId("fulfillment-state")).toHaveText("已发货")
  await expect(page.getByTestId("waybill")).toHaveText("SF1234567890")
  await expect(page.getByTestId("waybill").locator("a")).toHaveAttribute("href", /SF1234567890/)

  // The account's list says where each order stands.
  await page.goto("/zh-CN/account")
  await expect(page.getByTestId("order-row-state").first()).toHaveText("到店支付（尚未付款） · 已发货")
  await page.getByTestId("order-row").first().click()
  await expect(page.getByTestId("waybill")).toHaveText("SF1234567890")

  // Someone with the order id alone sees where it stands, but not the waybill.
  const stranger = await (await page.context().browser()!.newContext()).newPage()
  await stranger.goto(new URL(page.url()).pathname.replace("/account/orders/", "/order/"))
  await expect(stranger.getByTestId("fulfillment-state")).toHaveText("已发货")
  await expect(stranger.getByTestId("waybill")).toHaveCount(0)
  await stranger.context().close()
})

test("one language per page: goods put in the cart in English are named in Chinese on the Chinese confirmation, and back", async ({
  page,
}) => {
  await addToCart(page, "en", "sheep-milk-qurt")
  await page.goto("/en/cart")
  await expect(page.getByTestId("cart-line")).not.toContainText(HAN)
  // The buyer switches to Chinese and checks out there.
  await page.goto("/zh-CN/checkout")
  await fillAddress(page, newEmail())
  await chooseDelivery(page, /快递/)
  await choosePayment(page, "pp_system_default")
  await page.getByTestId("place-order").click()
  await expect(page.getByTestId("order-confirmed")).toBeVisible()
  const zhLines = page.getByTestId("order-lines")
  await expect(zhLines).toContainText(HAN)
  await expect(zhLines).not.toContainText(/qurt/i)
  await expect(page.getByTestId("order-shipping")).toContainText("国内快递（广州发货）")

  // The same order's page in English names the goods in English, and writes the address the English way.
  await page.getByTestId("language-switch").click()
  await expect(page).toHaveURL(/\/en\/order\//)
  const enLines = page.getByTestId("order-lines")
  await expect(enLines).toContainText(/qurt/i)
  await expect(enLines).not.toContainText(HAN)
  // Its delivery too: the order stored the Chinese name of the shipping method it was placed with.
  await expect(page.getByTestId("order-shipping")).toContainText("Domestic express from Guangzhou")
  await expect(page.getByTestId("order-shipping")).not.toContainText(HAN)
  await expect(page.getByTestId("order-address")).toContainText("王芳 · 13800138000 · 新港东路 1000 号, 海珠区, 广州市, 广东省 510335")
})
