import { expect, test } from "@playwright/test"

test.describe("finding products", () => {
  test("typing 蜂蜜 suggests honey as you type, and the results page has facets", async ({ page }) => {
    await page.goto("/zh-CN")
    await page.getByTestId("search-input").fill("蜂蜜")
    await expect(page.getByTestId("suggestion").first()).toContainText("蜜")
    await page.getByTestId("search-input").press("Enter")
    await expect(page).toHaveURL(/\/zh-CN\/search\?q=/)
    const first = page.getByTestId("product-card").first()
    await expect(first).toContainText("蜜")
    await expect(first.locator("mark").first()).toBeVisible()
    await expect(page.getByTestId("facets")).toBeVisible()
  })

  test("typing fengmi (pinyin) finds honey, and filtering by origin keeps the filter in the URL", async ({ page }) => {
    await page.goto("/en")
    await page.getByTestId("search-input").fill("fengmi")
    await expect(page.getByTestId("suggestion").first()).toContainText(/honey/i)
    await page.getByTestId("search-input").press("Enter")
    await expect(page.getByTestId("product-card").first()).toContainText(/honey/i)

    await page.goto("/en/search?q=apricots")
    const before = Number((await page.getByTestId("result-count").textContent())?.match(/\d+/)?.[0])
    await page.getByTestId("facet-origin-samarkand").click()
    await expect(page).toHaveURL(/origin=samarkand/)
    await expect(page.getByTestId("facet-origin-samarkand")).toHaveAttribute("aria-current", "true")
    const after = Number((await page.getByTestId("result-count").textContent())?.match(/\d+/)?.[0])
    expect(after).toBeGreaterThan(0)
    expect(after).toBeLessThan(before)
    await page.getByTestId("sort-price_asc").click()
    await expect(page).toHaveURL(/sort=price_asc/)
    await expect(page).toHaveURL(/origin=samarkand/)
  })

  test("no results says so and offers suggestions", async ({ page }) => {
    await page.goto("/en/search?q=zzqqxx")
    await expect(page.getByTestId("no-results-help")).toBeVisible()
  })

  test("an unknown product is a localized 404", async ({ page }) => {
    const zh = await page.goto("/zh-CN/products/no-such-product")
    expect(zh?.status()).toBe(404)
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("页面不存在")
    const en = await page.goto("/en/products/no-such-product")
    expect(en?.status()).toBe(404)
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found")
  })
})
