import { expect, test, type Page } from "@playwright/test"

const backend = process.env.BOZOR_TEST_BACKEND_URL ?? "http://localhost:9000"
const publishableKey = process.env.BOZOR_TEST_PUBLISHABLE_KEY ?? ""

/** Every category of the catalog, as the store API lists it. */
async function catalogCategories(): Promise<string[]> {
  const res = await fetch(`${backend}/store/product-categories?fields=handle&limit=100`, {
    headers: { "x-publishable-api-key": publishableKey },
  })
  const { product_categories } = (await res.json()) as { product_categories: { handle: string }[] }
  return product_categories.map((c) => c.handle)
}

/** The categories the header's menu offers, as the handles its links lead to. */
async function headerCategories(page: Page): Promise<string[]> {
  await page.getByTestId("category-menu-toggle").click()
  const menu = page.getByTestId("category-menu")
  await expect(menu).toBeVisible()
  const hrefs = await menu.getByTestId("category-menu-link").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""))
  await page.keyboard.press("Escape")
  await expect(menu).toBeHidden()
  return hrefs.map((href) => href.split("/categories/")[1])
}

const count = async (page: Page) => Number((await page.getByTestId("result-count").textContent())?.match(/\d+/)?.[0])

for (const locale of ["zh-CN", "en"] as const) {
  test(`${locale}: the header offers every category, parent and child, and each one lists products`, async ({ page }) => {
    test.setTimeout(240_000)
    await page.goto(`/${locale}`)
    const offered = await headerCategories(page)
    expect(new Set(offered)).toEqual(new Set(await catalogCategories()))
    for (const handle of offered) {
      await page.goto(`/${locale}/categories/${handle}`)
      await expect(page.getByTestId("product-card").first(), handle).toBeVisible()
      expect(await count(page), handle).toBeGreaterThan(0)
    }
  })
}

test("a parent category lists its sub-categories' products and narrows by them; a sub-category leads back up", async ({ page }) => {
  await page.goto("/en/categories/nuts")
  const all = await count(page)
  const subcategories = page.getByTestId("subcategory-link")
  expect(await subcategories.count()).toBeGreaterThanOrEqual(2)
  await page
    .getByTestId("subcategories")
    .getByRole("link", { name: /Walnuts/ })
    .click()
  await expect(page).toHaveURL(/\/en\/categories\/walnuts$/)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Walnuts")
  const walnuts = await count(page)
  expect(walnuts).toBeGreaterThan(0)
  expect(walnuts).toBeLessThan(all)
  await expect(page.getByTestId("subcategories").getByRole("link", { name: /Walnuts/ })).toHaveAttribute("aria-current", "page")
  await page.getByTestId("breadcrumb").getByRole("link", { name: "Nuts & kernels" }).click()
  await expect(page).toHaveURL(/\/en\/categories\/nuts$/)
})

test("the exporters index lists every exporter and leads to their pages", async ({ page }) => {
  await page.goto("/zh-CN")
  await page.getByTestId("category-menu-toggle").click()
  await page.getByTestId("exporters-link").click()
  await expect(page).toHaveURL(/\/zh-CN\/exporters$/)
  const cards = page.getByTestId("exporter-card")
  expect(await cards.count()).toBeGreaterThanOrEqual(8)
  const name = (await cards.first().getByRole("heading").textContent())!.trim()
  await cards.first().getByRole("link").click()
  await expect(page.getByTestId("exporter-name")).toHaveText(name)
  await expect(page.getByTestId("product-card").first()).toBeVisible()
})

test("a collection's page has its own title and its address in each language", async ({ page }) => {
  for (const [locale, title] of [
    ["zh-CN", /^领馆推荐 · /],
    ["en", /^Consulate picks · /],
  ] as const) {
    await page.goto(`/${locale}/collections/consulate-picks`)
    await expect(page).toHaveTitle(title)
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`/${locale}/collections/consulate-picks$`))
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute("href", /\/en\/collections\/consulate-picks$/)
    await expect(page.getByTestId("product-card").first()).toBeVisible()
  }
})

test.describe("unknown URLs", () => {
  for (const [url, lang, title] of [
    ["/zh-CN/this-does-not-exist", "zh-CN", "页面不存在"],
    ["/en/anything", "en", "Page not found"],
    ["/en/categories/nuts/extra", "en", "Page not found"],
  ] as const) {
    test(`${url} is the shop's 404 in its language, with the header and search`, async ({ page }) => {
      const res = await page.goto(url)
      expect(res?.status()).toBe(404)
      await expect(page.locator("html")).toHaveAttribute("lang", lang)
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(title)
      await expect(page.getByTestId("search-input")).toBeVisible()
      await expect(page.getByTestId("category-menu-toggle")).toBeVisible()
    })
  }

  test("a URL without a language goes to one and gets its 404", async ({ page }) => {
    const res = await page.goto("/nonsense")
    expect(res?.status()).toBe(404)
    await expect(page).toHaveURL(/\/(zh-CN|en)\/nonsense$/)
    await expect(page.locator("html")).toHaveAttribute("lang", /^(zh-CN|en)$/)
    await expect(page.getByTestId("search-input")).toBeVisible()
  })

  test("a URL no language can take is the shop's 404 in its default language, with the header and search", async ({ page }) => {
    const res = await page.goto("/nonsense.html")
    expect(res?.status()).toBe(404)
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN")
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("页面不存在")
    await page.getByTestId("search-input").fill("蜂蜜")
    await page.getByTestId("search-input").press("Enter")
    await expect(page).toHaveURL(/\/zh-CN\/search\?q=/)
    await expect(page.getByTestId("product-card").first()).toBeVisible()
  })
})

test.describe("finding one's way by keyboard", () => {
  test("a catalog page offers a skip link to the results", async ({ page }) => {
    await page.goto("/en/categories/honey")
    await page.keyboard.press("Tab")
    await page.keyboard.press("Tab")
    const skip = page.getByTestId("skip-to-results")
    await expect(skip).toBeFocused()
    await page.keyboard.press("Enter")
    await expect(page.locator("#results")).toBeFocused()
    await page.keyboard.press("Tab")
    expect(await page.evaluate(() => !!document.activeElement?.closest("#results"))).toBe(true)
  })

  test("pages without a list have no skip link to results", async ({ page }) => {
    await page.goto("/en/products/white-acacia-honey")
    await expect(page.getByTestId("skip-to-results")).toBeHidden()
    await page.keyboard.press("Tab")
    await page.keyboard.press("Tab")
    await expect(page.getByTestId("skip-to-results")).not.toBeFocused()
  })

  test("choosing a variant keeps focus on the chosen variant", async ({ page }) => {
    await page.goto("/en/products/white-acacia-honey")
    const second = page.getByTestId("variant-option").nth(1)
    const id = await second.getAttribute("data-variant-id")
    await second.focus()
    await page.keyboard.press("Enter")
    await expect(page).toHaveURL(new RegExp(`variant=${id}`))
    await expect(page.locator(`[data-variant-id="${id}"]`)).toHaveAttribute("aria-current", "true")
    await expect(page.locator(`[data-variant-id="${id}"]`)).toBeFocused()
  })

  test("adding to the cart is announced in a status region, and focus stays on the button", async ({ page }) => {
    await page.goto("/en/products/white-acacia-honey")
    const status = page.getByTestId("add-to-cart-form").getByRole("status")
    // The live region is in the page before anything happens; only then do screen readers announce what appears in it.
    await expect(status).toHaveCount(1)
    await expect(status).toHaveText("")
    await page.getByTestId("add-to-cart").focus()
    await page.keyboard.press("Enter")
    await expect(status).toContainText("Added to your cart.")
    await expect(page.getByTestId("add-to-cart")).toBeFocused()
  })
})

test.describe("search", () => {
  test("the box keeps the query on the results, the next page and after the language switch", async ({ page }) => {
    await page.goto("/en/search?q=andijan")
    await expect(page.getByTestId("search-input")).toHaveValue("andijan")
    // The box suggests as one types, not over the results it arrived with.
    await page.waitForLoadState("networkidle")
    await expect(page.getByTestId("suggestions")).toHaveCount(0)
    await page.getByTestId("language-switch").click()
    await expect(page).toHaveURL(/\/zh-CN\/search\?q=andijan/)
    await expect(page.getByTestId("search-input")).toHaveValue("andijan")
    await page.goto("/zh-CN/search?q=gacc")
    await page.getByTestId("next-page").click()
    await expect(page).toHaveURL(/page=2/)
    await expect(page.getByTestId("search-input")).toHaveValue("gacc")
    await page.goto("/en/categories/honey")
    await expect(page.getByTestId("search-input")).toHaveValue("")
  })

  test("a page past the end says so and leads to the last page", async ({ page }) => {
    await page.goto("/en/search?q=honey&page=999")
    await expect(page.getByTestId("page-missing")).toBeVisible()
    await page.getByTestId("last-page").click()
    await expect(page.getByTestId("product-card").first()).toBeVisible()
  })

  test("清真 finds the halal goods, as halal does", async ({ page }) => {
    await page.goto("/en/search?q=halal")
    const halal = await count(page)
    expect(halal).toBeGreaterThan(4)
    await page.goto("/zh-CN/search?q=清真")
    expect(await count(page)).toBe(halal)
  })
})

test.describe("pictures and labels", () => {
  test("cards in a row are as tall as each other", async ({ page }) => {
    await page.goto("/en/search?q=leather")
    await expect(page.getByTestId("product-card").first()).toBeVisible()
    const boxes = await page
      .getByTestId("product-card")
      .evaluateAll((cards) =>
        cards.map((c) => c.getBoundingClientRect()).map((r) => ({ top: Math.round(r.top), height: Math.round(r.height) })),
      )
    const rows = new Map<number, number[]>()
    for (const b of boxes) rows.set(b.top, [...(rows.get(b.top) ?? []), b.height])
    expect(rows.size).toBeGreaterThan(1)
    for (const heights of rows.values()) expect(Math.max(...heights) - Math.min(...heights)).toBeLessThanOrEqual(1)
  })

  for (const locale of ["en", "zh-CN"] as const) {
    test(`${locale}: a cross-border product shows the Chinese e-label its notice refers to`, async ({ page }) => {
      await page.goto(`/${locale}/products/chust-thin-shell-walnuts`)
      const label = page.getByTestId("e-label")
      await expect(label).toBeVisible()
      for (const field of ["品名", "原产国", "生产商", "境外生产企业注册号", "保质期", "贮存条件", "过敏原信息", "进口商"])
        await expect(label).toContainText(field)
      await expect(label).toContainText("乌兹别克斯坦")
      await expect(label).toContainText(/CUZB\d{13}/)
      await expect(label).toContainText("含坚果")
      await expect(label.getByTestId("importer-notice")).toContainText("个人自用")
    })
  }

  test("a cross-border leather product has its e-label too, from its trade data", async ({ page }) => {
    await page.goto("/en/products/ohangaron-everyday-tote")
    const label = page.getByTestId("e-label")
    await expect(label).toContainText("品名")
    await expect(label).toContainText("过敏原信息")
  })
})
