import { expect, test } from "@playwright/test"

test.describe("home page", () => {
  test("lists the catalog in Chinese with yuan prices and images", async ({ page }) => {
    await page.goto("/zh-CN")
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN")
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("丝绸之路上的阳光味道")
    const cards = page.getByTestId("product-card")
    await expect(cards.first()).toBeVisible()
    expect(await cards.count()).toBeGreaterThanOrEqual(12)
    // Chinese product titles come from Medusa's Translation Module.
    await expect(cards.first().getByRole("heading")).toHaveText(/[\u4e00-\u9fff]/)
    await expect(cards.first().getByTestId("product-price")).toHaveText(/^¥[\d,]+\.\d{2} 起$/)
    const image = cards.first().locator("img")
    await expect(image).toHaveJSProperty("complete", true)
    expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0)
  })

  test("lists the catalog in English and switches language on the same page", async ({ page }) => {
    await page.goto("/en?page=2")
    await expect(page.locator("html")).toHaveAttribute("lang", "en")
    const first = page.getByTestId("product-card").first()
    await expect(first.getByRole("heading")).toHaveText(/^[\x20-\x7E’–—]+$/)
    await expect(first.getByTestId("product-price")).toHaveText(/^from ¥[\d,]+\.\d{2}$/)
    await page.getByTestId("language-switch").click()
    await expect(page).toHaveURL(/\/zh-CN\?page=2$/)
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN")
  })

  test("sends / to the visitor's language", async ({ browser }) => {
    const english = await browser.newContext({ locale: "en-GB" })
    const page = await english.newPage()
    await page.goto("/")
    await expect(page).toHaveURL(/\/en$/)
    await english.close()
  })
})
