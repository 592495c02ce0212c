import { expect, test } from "@playwright/test"

/** The pavilion and a campaign page on a 390-px phone: nothing wider than the screen; screenshots kept for review. */
for (const path of ["/zh-CN/pavilion", "/en/pavilion", "/zh-CN/campaigns/spring-festival-2027", "/en"] as const) {
  test(`${path} fits a phone screen`, async ({ page }, info) => {
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto(path)
    await expect(page.locator("main h1, main h2").first()).toBeVisible()
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    await page.screenshot({ path: info.outputPath("phone.png"), fullPage: true })
  })
}
