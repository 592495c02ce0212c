import { describe, expect, it } from "vitest"
import { guestRouting, SESSION_COOKIES } from "@/lib/guest-route"

function request(url: string, { method = "GET", cookies = [] as string[] } = {}) {
  return { method, nextUrl: new URL(url, "http://shop.test"), cookies: { has: (name: string) => cookies.includes(name) } }
}

describe("which requests the cached guest pages serve", () => {
  it("sends a guest's home, category, collection, product and exporter pages to the guest tree", () => {
    expect(guestRouting(request("/zh-CN"))).toEqual({ kind: "guest", pathname: "/zh-CN/guest" })
    expect(guestRouting(request("/en/"))).toEqual({ kind: "guest", pathname: "/en/guest" })
    expect(guestRouting(request("/zh-CN/products/white-acacia-honey"))).toEqual({ kind: "guest", pathname: "/zh-CN/guest/products/white-acacia-honey" })
    expect(guestRouting(request("/en/categories/honey"))).toEqual({ kind: "guest", pathname: "/en/guest/categories/honey" })
    expect(guestRouting(request("/en/collections/new-arrivals", { method: "HEAD" }))).toEqual({ kind: "guest", pathname: "/en/guest/collections/new-arrivals" })
    expect(guestRouting(request("/zh-CN/exporters/fergana-valley-honey"))).toEqual({ kind: "guest", pathname: "/zh-CN/guest/exporters/fergana-valley-honey" })
  })

  it("keeps the router's data requests on the cached pages (their only parameter is _rsc)", () => {
    expect(guestRouting(request("/zh-CN/products/white-acacia-honey?_rsc=1x2y"))).toEqual({ kind: "guest", pathname: "/zh-CN/guest/products/white-acacia-honey" })
  })

  it("renders for the visitor when they have a cart or a session", () => {
    expect(guestRouting(request("/zh-CN/products/white-acacia-honey", { cookies: [SESSION_COOKIES.cart] }))).toBeNull()
    expect(guestRouting(request("/en", { cookies: [SESSION_COOKIES.token] }))).toBeNull()
    // Other cookies (the language, analytics) do not make a visitor's page different.
    expect(guestRouting(request("/en", { cookies: ["NEXT_LOCALE"] }))).toEqual({ kind: "guest", pathname: "/en/guest" })
  })

  it("renders for the visitor when the URL has a query: a variant, a page, a sort or a filter", () => {
    expect(guestRouting(request("/zh-CN/products/white-acacia-honey?variant=variant_1"))).toBeNull()
    expect(guestRouting(request("/en?page=2"))).toBeNull()
    expect(guestRouting(request("/en/categories/honey?sort=price_asc&_rsc=1"))).toBeNull()
  })

  it("leaves forms and server actions, other pages, unknown locales and deeper paths alone", () => {
    expect(guestRouting(request("/zh-CN/products/white-acacia-honey", { method: "POST" }))).toBeNull()
    for (const path of ["/zh-CN/search", "/zh-CN/cart", "/zh-CN/checkout", "/en/account", "/fr/products/x", "/zh-CN/products/x/y", "/zh-CN/products/"]) {
      expect(guestRouting(request(path)), path).toBeNull()
    }
  })

  it("hides the guest tree's own URLs", () => {
    expect(guestRouting(request("/zh-CN/guest/products/white-acacia-honey"))).toEqual({ kind: "hidden" })
    expect(guestRouting(request("/en/guest"))).toEqual({ kind: "hidden" })
    expect(guestRouting(request("/en/guestbook"))).toBeNull()
  })
})
