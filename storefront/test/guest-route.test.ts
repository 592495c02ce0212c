import { describe, expect, it } from "vitest"
import { guestRouting } from "@/lib/guest-route"

function request(url: string, { method = "GET" } = {}) {
  return { method, nextUrl: new URL(url, "http://shop.test") }
}

describe("which requests the cached pages serve", () => {
  it("sends the home, category, collection, product and exporter pages to the guest tree", () => {
    expect(guestRouting(request("/zh-CN"))).toEqual({ kind: "guest", pathname: "/zh-CN/guest" })
    expect(guestRouting(request("/en/"))).toEqual({ kind: "guest", pathname: "/en/guest" })
    expect(guestRouting(request("/zh-CN/products/white-acacia-honey"))).toEqual({
      kind: "guest",
      pathname: "/zh-CN/guest/products/white-acacia-honey",
    })
    expect(guestRouting(request("/en/categories/honey"))).toEqual({ kind: "guest", pathname: "/en/guest/categories/honey" })
    expect(guestRouting(request("/en/collections/new-arrivals", { method: "HEAD" }))).toEqual({
      kind: "guest",
      pathname: "/en/guest/collections/new-arrivals",
    })
    expect(guestRouting(request("/zh-CN/exporters/fergana-valley-honey"))).toEqual({
      kind: "guest",
      pathname: "/zh-CN/guest/exporters/fergana-valley-honey",
    })
    expect(guestRouting(request("/en/exporters"))).toEqual({ kind: "guest", pathname: "/en/guest/exporters" })
  })

  it("caches the pavilion and a campaign's page, but renders a campaign preview (its token is a query) per request", () => {
    expect(guestRouting(request("/zh-CN/pavilion"))).toEqual({ kind: "guest", pathname: "/zh-CN/guest/pavilion" })
    expect(guestRouting(request("/en/campaigns/spring-festival-2027"))).toEqual({
      kind: "guest",
      pathname: "/en/guest/campaigns/spring-festival-2027",
    })
    expect(guestRouting(request("/zh-CN/campaigns/navruz?preview=eyJ"))).toBeNull()
  })

  it("keeps the router's data requests on the cached pages (their only parameter is _rsc)", () => {
    expect(guestRouting(request("/zh-CN/products/white-acacia-honey?_rsc=1x2y"))).toEqual({
      kind: "guest",
      pathname: "/zh-CN/guest/products/white-acacia-honey",
    })
  })

  it("renders for the visitor when the URL has a query: a variant, a page, a sort or a filter", () => {
    expect(guestRouting(request("/zh-CN/products/white-acacia-honey?variant=variant_1"))).toBeNull()
    expect(guestRouting(request("/en?page=2"))).toBeNull()
    expect(guestRouting(request("/en/categories/honey?sort=price_asc&_rsc=1"))).toBeNull()
  })

  it("caches a plain search, its query as a path segment", () => {
    expect(guestRouting(request("/zh-CN/search?q=%E8%9C%82%E8%9C%9C"))).toEqual({
      kind: "guest",
      pathname: "/zh-CN/guest/search/%E8%9C%82%E8%9C%9C",
    })
    expect(guestRouting(request("/en/search?q=+dried+apricots+&_rsc=1"))).toEqual({
      kind: "guest",
      pathname: "/en/guest/search/dried%20apricots",
    })
  })

  it("renders a search with filters, a page, an empty, long or path-like query", () => {
    for (const url of [
      "/en/search",
      "/en/search?q=",
      "/en/search?q=+",
      "/en/search?q=honey&origin=fergana",
      "/en/search?q=honey&page=2",
      `/en/search?q=${"a".repeat(65)}`,
      "/en/search?q=a%2Fb",
      "/en/search?q=100%25",
    ]) {
      expect(guestRouting(request(url)), url).toBeNull()
    }
  })

  it("leaves forms and server actions, other pages, unknown locales and deeper paths alone", () => {
    expect(guestRouting(request("/zh-CN/products/white-acacia-honey", { method: "POST" }))).toBeNull()
    for (const path of [
      "/zh-CN/search/honey",
      "/zh-CN/cart",
      "/zh-CN/checkout",
      "/en/account",
      "/fr/products/x",
      "/zh-CN/products/x/y",
      "/zh-CN/products/",
    ]) {
      expect(guestRouting(request(path)), path).toBeNull()
    }
  })

  it("hides the guest tree's own URLs", () => {
    expect(guestRouting(request("/zh-CN/guest/products/white-acacia-honey"))).toEqual({ kind: "hidden" })
    expect(guestRouting(request("/en/guest"))).toEqual({ kind: "hidden" })
    expect(guestRouting(request("/en/guestbook"))).toBeNull()
  })
})

describe("the proxy", () => {
  it("serves a buyer with a cart or a session the same cached page as a guest", async () => {
    const { NextRequest } = await import("next/server")
    const { default: proxy } = await import("../proxy")
    const rewrite = (cookie?: string) =>
      proxy(new NextRequest("http://shop.test/zh-CN/products/white-acacia-honey", { headers: cookie ? { cookie } : {} })).headers.get(
        "x-middleware-rewrite",
      )
    const guest = rewrite()
    expect(guest).toBe("http://shop.test/zh-CN/guest/products/white-acacia-honey")
    expect(rewrite("bozor_cart=cart_01JABCDEFGHJKMNPQRSTVWXYZ0")).toBe(guest)
    expect(rewrite("bozor_cart=cart_01JABCDEFGHJKMNPQRSTVWXYZ0; bozor_token=eyJ.eyJ.sig")).toBe(guest)
  })
})
