import { expect, test, type APIRequestContext } from "@playwright/test"
import { productIdOf } from "../support/admin"
import { codeCampaign, consulate, text } from "../support/consulate"

/**
 * A campaign's scheduled start and end change the cached shop within a minute, with no deploy, no edit and no cache
 * expiry: the backend's minute job expires the shop's campaign reads at each boundary. The first guest request after
 * the start already gets the campaign (nothing touched the cached home page in between); after the end, the banner
 * and the discount are gone together.
 */
const backend = process.env.BOZOR_TEST_BACKEND_URL ?? "http://localhost:9000"
const HANDLE = "khorezm-jida-oleaster"
const MINUTE = 60_000
/** The job runs at every minute; a boundary is served at most a minute and a render later. */
const WITHIN = MINUTE + 8_000

const sleepUntil = (at: number) => new Promise((r) => setTimeout(r, Math.max(0, at - Date.now())))

/** The shop's publishable key, as the test runner passes it. */
const publishableKey = () => process.env.BOZOR_TEST_PUBLISHABLE_KEY!

/** Whether the store refuses the code on a fresh cart of the product: the discount as checkout judges it. */
async function codeApplies(request: APIRequestContext, code: string) {
  const headers = { "x-publishable-api-key": publishableKey() }
  const { regions } = await (await request.get(`${backend}/store/regions`, { headers })).json()
  const region = regions.find((r: any) => r.currency_code === "cny")
  const { products } = await (
    await request.get(`${backend}/store/products`, { headers, params: { handle: HANDLE, fields: "variants.id" } })
  ).json()
  const { cart } = await (await request.post(`${backend}/store/carts`, { headers, data: { region_id: region.id } })).json()
  await request.post(`${backend}/store/carts/${cart.id}/line-items`, {
    headers,
    data: { variant_id: products[0].variants[0].id, quantity: 1 },
  })
  return (await request.post(`${backend}/store/carts/${cart.id}/promotion-codes`, { headers, data: { code } })).ok()
}

test("a scheduled campaign appears on the cached home page at its start and leaves with its discount at its end", async ({ request }) => {
  test.setTimeout(5 * MINUTE)
  const suffix = Date.now().toString(36).toUpperCase()
  const code = `JIDA${suffix}`
  const title = `Khorezm oleaster week ${suffix}`
  const promotion = await codeCampaign(code, await productIdOf(HANDLE))
  const startsAt = Date.now() + 30_000
  const endsAt = startsAt + 90_000
  await consulate("/consulate/campaign-pages", {
    method: "POST",
    body: {
      slug: `jida-${suffix.toLowerCase()}`,
      title: text(title, `花拉子模沙枣周 ${suffix}`),
      body: text("Oleaster from Khorezm.", "花拉子模沙枣。"),
      featured_product_ids: [await productIdOf(HANDLE)],
      campaign_id: promotion.campaign_id,
      starts_at: new Date(startsAt).toISOString(),
      ends_at: new Date(endsAt).toISOString(),
      status: "published",
    },
  })

  // The guest home page is cached without the campaign before it starts.
  await expect.poll(async () => (await request.get("/en")).headers()["x-nextjs-cache"], { timeout: 20_000 }).toBe("HIT")
  const before = await request.get("/en")
  expect(before.headers()["x-nextjs-cache"]).toBe("HIT")
  expect(await before.text()).not.toContain(title)
  expect(await codeApplies(request, code)).toBe(false)

  // Nothing touches the shop until a minute after the start; then the first request has the campaign.
  await sleepUntil(startsAt + WITHIN)
  expect(await (await request.get("/en")).text()).toContain(title)
  expect(await (await request.get(`/en/products/${HANDLE}`)).text()).toContain(title)
  expect(await codeApplies(request, code)).toBe(true)

  // A minute after the end, the banner and the discount are both gone.
  await sleepUntil(endsAt + WITHIN)
  expect(await (await request.get("/en")).text()).not.toContain(title)
  expect(await (await request.get(`/en/products/${HANDLE}`)).text()).not.toContain(title)
  expect(await codeApplies(request, code)).toBe(false)
})
