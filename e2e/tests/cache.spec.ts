import { expect, test } from "@playwright/test"
import { DEMO_LOGINS } from "../../seed/src/demo-logins"
import { addToCart } from "../support/shop"

const backend = process.env.BOZOR_TEST_BACKEND_URL ?? "http://localhost:9000"

test.describe("the page cache", () => {
  test("serves a guest's product page from the cache, hides its internal URL, and renders for a visitor with a cart", async ({ page, request }) => {
    const url = "/zh-CN/products/white-acacia-honey"
    await request.get(url)
    const cached = await request.get(url)
    expect(cached.status()).toBe(200)
    expect(cached.headers()["x-nextjs-cache"]).toBe("HIT")
    expect((await request.get("/zh-CN/guest/products/white-acacia-honey")).status()).toBe(404)

    // With a cart, the same URL is rendered for the visitor: their cart is in the header, not a cached empty one.
    await addToCart(page, "zh-CN", "white-acacia-honey")
    const own = await page.goto(url)
    expect(own?.headers()["x-nextjs-cache"]).toBeUndefined()
    await expect(page.getByTestId("cart-count")).toHaveText("1")
    // A query string (a chosen variant) is rendered per request too.
    expect((await request.get(`${url}?variant=none`)).headers()["x-nextjs-cache"]).toBeUndefined()
  })

  test("keeps a guest's plain search, and renders one with filters", async ({ request }) => {
    const url = `/zh-CN/search?q=${encodeURIComponent("蜂蜜")}`
    await request.get(url)
    const cached = await request.get(url)
    expect(cached.headers()["x-nextjs-cache"]).toBe("HIT")
    expect(await cached.text()).toContain("“蜂蜜”")
    expect((await request.get(`${url}&origin=fergana`)).headers()["x-nextjs-cache"]).toBeUndefined()
  })

  test("encodes an optimized image once, then serves it from the cache", async ({ request }) => {
    const html = await (await request.get("/zh-CN/products/white-acacia-honey")).text()
    const src = /<img[^>]+src="([^"]*\/_next\/image\?[^"]+)"/.exec(html)?.[1]
    expect(src).toBeTruthy()
    // The src may be absolute (the page's own origin) or relative: requested on this storefront either way.
    const image = new URL(src!.replaceAll("&amp;", "&"), "http://storefront")
    const url = image.pathname + image.search
    const headers = { accept: "image/avif,image/webp,*/*" }
    const first = await request.get(url, { headers })
    expect(first.status()).toBe(200)
    expect(first.headers()["content-type"]).toBe("image/avif")
    const again = await request.get(url, { headers })
    expect(again.headers()["x-nextjs-cache"]).toBe("HIT")
    expect((await again.body()).equals(await first.body())).toBe(true)
  })

  test("a product changed in the admin reaches the cached page", async ({ request }) => {
    const { token } = await (await request.post(`${backend}/auth/user/emailpass`, { data: DEMO_LOGINS.admin })).json()
    const headers = { authorization: `Bearer ${token}` }
    const handle = "khorezm-jida-oleaster"
    const { products } = await (await request.get(`${backend}/admin/products`, { headers, params: { handle, fields: "id,subtitle" } })).json()
    expect(products).toHaveLength(1)
    const { id, subtitle } = products[0]
    const url = `/en/products/${handle}`
    await request.get(url)
    expect((await request.get(url)).headers()["x-nextjs-cache"]).toBe("HIT")

    const changed = `Picked this week ${Date.now()}`
    expect((await request.post(`${backend}/admin/products/${id}`, { headers, data: { subtitle: changed } })).ok()).toBe(true)
    try {
      // The backend revalidates the storefront's product tags; the cached page is rendered again on the next requests.
      await expect.poll(async () => (await (await request.get(url)).text()).includes(changed), { timeout: 30_000 }).toBe(true)
    } finally {
      await request.post(`${backend}/admin/products/${id}`, { headers, data: { subtitle } })
    }
  })
})
