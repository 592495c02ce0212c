import { expect, test } from "@playwright/test"

/**
 * The consulate's content as shoppers meet it, from the seed: the Spring Festival/Navruz campaign on the home page
 * in both languages with its prices, its banner on a product it features, and the national pavilion whose region map
 * leads to a region's goods.
 */
const CAMPAIGN = { "zh-CN": "新春与纳夫鲁兹：丝路年货节", en: "Spring Festival and Navruz: Silk Road gifts" }

for (const locale of ["zh-CN", "en"] as const) {
  test(`the ${locale} home page shows the running campaign and the events to come`, async ({ page }) => {
    await page.goto(`/${locale}`)
    const card = page.getByTestId("campaign-card").filter({ hasText: CAMPAIGN[locale] })
    await expect(card).toBeVisible()
    await expect(page.getByTestId("home-events").getByTestId("event").first()).toBeVisible()
    await card.getByRole("link").click()
    await expect(page).toHaveURL(new RegExp(`/${locale}/campaigns/spring-festival-2027$`))
    await expect(page.getByTestId("campaign-title")).toHaveText(CAMPAIGN[locale])
    // The gift boxes are 12 % off automatically: each shows the campaign price beside the regular one.
    const box = page.locator('[data-testid="campaign-product"][data-handle="zaamin-honey-trio"]')
    const regular = Number((await box.getByTestId("regular-price").textContent())!.replace(/[^\d.]/g, ""))
    const campaign = Number((await box.getByTestId("campaign-price").textContent())!.replace(/[^\d.]/g, ""))
    expect(campaign).toBeCloseTo(regular * 0.88, 2)
  })
}

test("a product the campaign features carries its banner and campaign price", async ({ page }) => {
  await page.goto("/en/products/zaamin-honey-trio")
  const banner = page.getByTestId("campaign-banner")
  await expect(banner).toContainText(CAMPAIGN.en)
  await expect(banner.getByTestId("campaign-banner-price")).toBeVisible()
  await page.goto("/en/products/white-acacia-honey")
  await expect(page.getByTestId("product-title")).toBeVisible()
  await expect(page.getByTestId("campaign-banner")).toHaveCount(0)
})

for (const [locale, fergana, story] of [
  ["zh-CN", "费尔干纳", "古丝绸之路"],
  ["en", "Fergana", "Silk Road"],
] as const) {
  test(`the ${locale} pavilion: story, verified exporters, centre, and a region map leading to Fergana's goods`, async ({ page }) => {
    await page.goto(`/${locale}/pavilion`)
    await expect(page.getByTestId("pavilion-story")).toContainText(story)
    await expect(page.getByTestId("featured-exporter").first()).toBeVisible()
    await expect(page.getByTestId("centre")).toBeVisible()
    await expect(page.getByTestId("event").first()).toBeVisible()
    // Every region's name fits inside the map (the eastern ones are labelled beside their small regions).
    const outside = await page.getByTestId("region-map").evaluate((svg) => {
      const box = (svg as SVGSVGElement).viewBox.baseVal
      return [...svg.querySelectorAll("text")]
        .filter((t) => {
          const b = (t as SVGTextElement).getBBox()
          return b.x < box.x || b.y < box.y || b.x + b.width > box.x + box.width || b.y + b.height > box.y + box.height
        })
        .map((t) => t.textContent)
    })
    expect(outside).toEqual([])
    const region = page.locator('[data-testid="region-link"][data-region="fergana"]')
    await expect(region).toContainText(fergana)
    await region.click()
    await expect(page).toHaveURL(new RegExp(`/${locale}/search\\?origin=fergana$`))
    await expect(page.getByTestId("product-card").first()).toBeVisible()
    // Every product found comes from Fergana: the first one's page says so.
    await page.getByTestId("product-card").first().getByRole("link").click()
    await expect(page.getByText(fergana).first()).toBeVisible()
  })
}

test("an event downloads as a calendar file in Beijing time", async ({ page, request }) => {
  await page.goto("/en/pavilion")
  const href = await page.getByTestId("event-ics").first().getAttribute("href")
  const res = await request.get(href!)
  expect(res.status()).toBe(200)
  expect(res.headers()["content-type"]).toContain("text/calendar")
  const ics = await res.text()
  expect(ics).toContain("BEGIN:VEVENT")
  // The honey tasting, 16 January 2027 14:00–16:00 in Beijing, is 06:00–08:00 UTC.
  expect(ics).toContain("DTSTART:20270116T060000Z")
  expect(ics).toContain("SUMMARY:Zaamin mountain honey tasting")
})
