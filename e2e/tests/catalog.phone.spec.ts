import { expect, test, type Page } from "@playwright/test"
import { addToCart } from "../support/shop"

/**
 * The page is no wider than the screen. (A phone's browser widens its layout viewport to content that overflows, so
 * window.innerWidth grows with the overflow: compare with the screen the test set.)
 */
async function expectNoSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()!.width)
}

/** The first product is on the first screen: nothing (a column of filters) pushes it below the fold. */
async function expectProductsOnFirstScreen(page: Page) {
  const card = page.getByTestId("product-card").first()
  await expect(card).toBeVisible()
  const box = (await card.boundingBox())!
  expect(box.y).toBeLessThan(page.viewportSize()!.height)
}

for (const url of ["/zh-CN/categories/nuts", "/en/search?q=honey"]) {
  test(`${url} opens with products; its filters fold into a sheet behind a button with the active count`, async ({ page }) => {
    await page.goto(url)
    await expectProductsOnFirstScreen(page)
    await expect(page.getByTestId("facets")).toBeHidden()
    const toggle = page.getByTestId("filters-toggle")
    await expect(toggle.getByTestId("filters-count")).toHaveCount(0)

    // Keyboard: the button opens a modal sheet with focus inside, Escape closes it and focus returns to the button.
    await toggle.focus()
    await page.keyboard.press("Enter")
    const sheet = page.getByRole("dialog")
    await expect(sheet).toBeVisible()
    await expect(sheet.getByTestId("facets")).toBeVisible()
    expect(await page.evaluate(() => !!document.activeElement?.closest("[role=dialog]"))).toBe(true)
    await page.keyboard.press("Escape")
    await expect(sheet).toBeHidden()
    await expect(toggle).toBeFocused()

    // Choosing a filter closes the sheet; the button counts it.
    await toggle.click()
    await page.getByRole("dialog").getByTestId("facet-stock").click()
    await expect(page).toHaveURL(/stock=1/)
    await expect(page.getByRole("dialog")).toBeHidden()
    await expect(page.getByTestId("filters-count")).toHaveText("1")
    await expectProductsOnFirstScreen(page)
  })
}

test("the header's category menu reaches a sub-category on a phone", async ({ page }) => {
  await page.goto("/zh-CN")
  await page.getByTestId("category-menu-toggle").click()
  await page.getByTestId("category-menu").getByRole("link", { name: "核桃" }).click()
  await expect(page).toHaveURL(/\/zh-CN\/categories\/walnuts$/)
  await expect(page.getByTestId("category-menu")).toBeHidden()
  await expectProductsOnFirstScreen(page)
  await expectNoSidewaysScroll(page)
})

test("a long unbroken query does not widen the results page", async ({ page }) => {
  await page.goto(`/en/search?q=${"x".repeat(200)}`)
  const heading = page.getByTestId("search-title")
  await expect(heading).toBeVisible()
  expect((await heading.boundingBox())!.width).toBeLessThanOrEqual(page.viewportSize()!.width)
  await expectNoSidewaysScroll(page)
})

/** How many lines a button's label takes: a label broken into a column of characters takes several. */
const lines = (page: Page, testId: string) =>
  page
    .getByTestId(testId)
    .first()
    .evaluate((button) => {
      const range = document.createRange()
      range.selectNodeContents(button)
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size
    })

test.describe("on a 360-pixel phone, the most common Android width", () => {
  test.use({ viewport: { width: 360, height: 780 } })

  test("the cart's 删除 and 使用 buttons keep their labels on one line, and the code's field leaves 使用 on the screen", async ({
    page,
  }) => {
    await addToCart(page, "zh-CN", "andijan-cap-toe-oxford")
    await page.goto("/zh-CN/cart")
    await expect(page.getByTestId("remove")).toHaveText("删除")
    expect(await lines(page, "remove")).toBe(1)
    expect(await lines(page, "apply-promo")).toBe(1)
    const apply = (await page.getByTestId("apply-promo").boundingBox())!
    expect(apply.x + apply.width).toBeLessThanOrEqual(page.viewportSize()!.width)
  })

  test("a category page fits the screen", async ({ page }) => {
    await page.goto("/zh-CN/categories/dried-fruit")
    await expectProductsOnFirstScreen(page)
    await expectNoSidewaysScroll(page)
  })
})
