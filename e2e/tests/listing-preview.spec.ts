import { expect, test } from "@playwright/test"
import { backend, inviteNewExporter, PASSWORD } from "../support/portal"

/**
 * An exporter's preview link: the shop's own product page showing the draft
 * as a Chinese shopper will see it, marked as a preview, kept out of caches
 * and search engines; a forged or unknown token is the shop's ordinary 404.
 */

async function exporterSession() {
  const { email, link } = await inviteNewExporter("ru")
  const token = new URL(link).searchParams.get("token")
  const accepted = await fetch(`${backend}/exporter/invitations/accept`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ token, password: PASSWORD, first_name: "Превью", last_name: "Тест" }),
  })
  expect(accepted.status).toBe(201)
  const signIn = await fetch(`${backend}/auth/exporter/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: PASSWORD }),
  })
  const bearer = ((await signIn.json()) as { token: string }).token
  return (method: string, path: string, body?: unknown) =>
    fetch(`${backend}${path}`, {
      method,
      headers: { authorization: `Bearer ${bearer}`, "content-type": "application/json" },
      body: body ? JSON.stringify(body) : undefined,
    })
}

test("a preview link shows the draft, marked and not indexed; a wrong token is the normal 404", async ({ page }) => {
  const exporter = await exporterSession()
  const title = `扎阿明预览蜂蜜${Date.now().toString(36)}`
  const created = await exporter("POST", "/exporter/products", {
    content: { "zh-CN": { title, subtitle: "山花蜜", description: "来自扎阿明山区。" }, ru: { title: "Заминский мёд" } },
    options: [{ title: "Weight", values: ["500 g"] }],
    variants: [{ title: "500 g", options: { Weight: "500 g" }, price_cny: 88 }],
  })
  expect(created.status).toBe(201)
  const { product } = (await created.json()) as { product: { id: string; handle: string } }
  const { url } = (await (await exporter("GET", `/exporter/products/${product.id}/preview`)).json()) as { url: string }
  const previewPath = new URL(url).pathname + new URL(url).search
  expect(previewPath).toMatch(new RegExp(`^/zh-CN/products/${product.handle}\\?preview=`))

  const answer = await page.goto(previewPath)
  expect(answer?.status()).toBe(200)
  const headers = answer!.headers()
  expect(headers["cache-control"]).toMatch(/private/)
  expect(headers["cache-control"]).toMatch(/no-store/)
  expect(headers["x-robots-tag"]).toMatch(/noindex/)
  await expect(page.getByTestId("preview-banner")).toContainText("预览")
  await expect(page.getByTestId("product-title")).toHaveText(title)
  await expect(page.getByTestId("variant-price")).toContainText("88")
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/)
  await expect(page.getByRole("button", { name: "加入购物车" })).toHaveCount(0)

  // The draft is not in the shop without the link, and a tampered or foreign token shows the shop's 404.
  for (const path of [
    `/zh-CN/products/${product.handle}`,
    `${previewPath}x`,
    `/zh-CN/products/white-acacia-honey?preview=${new URL(url).searchParams.get("preview")}`,
  ]) {
    const refused = await page.goto(path)
    expect(refused?.status(), path).toBe(404)
    await expect(page.getByRole("heading", { name: "页面不存在" })).toBeVisible()
  }
})
