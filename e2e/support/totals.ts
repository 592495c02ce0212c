import { expect, type Page } from "@playwright/test"

/** A printed amount in fen, as a buyer reads it: "¥1,299.00" → 129900, "−¥30.00" → 3000. */
const fen = (printed: string | null) => Math.round(Number((printed ?? "").replace(/[^\d.]/g, "")) * 100)
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0)

/** The totals box of the page as printed: goods, each discount, shipping, each tax, total (in fen). */
async function readTotals(page: Page) {
  const box = page.getByTestId("totals")
  const all = async (testId: string) => (await box.getByTestId(testId).allTextContents()).map(fen)
  return {
    subtotal: fen(await box.getByTestId("subtotal").textContent()),
    discounts: await all("discount"),
    shipping: fen(await box.getByTestId("shipping").textContent()),
    taxes: await all("tax"),
    total: fen(await box.getByTestId("total").textContent()),
  }
}

/**
 * The printed figures add up to the printed total, to the fen: goods − discounts + shipping + taxes = total, and the
 * printed lines (each unit price × quantity) sum to the goods' subtotal.
 */
export async function expectTotalsAddUp(page: Page) {
  const t = await readTotals(page)
  expect(t.subtotal - sum(t.discounts) + t.shipping + sum(t.taxes), "subtotal − discounts + shipping + taxes").toBe(t.total)
  const lines = (await page.getByTestId("line-subtotal").allTextContents()).map(fen)
  if (lines.length) expect(sum(lines), "the lines").toBe(t.subtotal)
  return t
}
