import { beforeEach, describe, expect, it, vi } from "vitest"
import * as account from "@/components/account/actions"
import * as cart from "@/components/cart/actions"

/**
 * Server actions are public endpoints: anyone can post any value under any
 * field. Each action is called here directly with hostile values and must
 * refuse before it revalidates a path, redirects or calls the backend. Next's
 * request-scoped functions and the shop's backend calls are replaced by
 * recorders; valid input goes through to them, which shows they are the ones
 * the actions use.
 */
const { effects, record, Redirect } = vi.hoisted(() => {
  const effects = { log: [] as string[] }
  return {
    effects,
    record:
      (name: string) =>
      async (...args: unknown[]) => {
        effects.log.push(`${name} ${JSON.stringify(args)}`)
      },
    /** What Next's redirect() throws to end the action. */
    Redirect: class Redirect extends Error {},
  }
})

vi.mock("next/cache", () => ({
  revalidatePath: (...args: unknown[]) => effects.log.push(`revalidatePath ${JSON.stringify(args)}`),
  revalidateTag: (...args: unknown[]) => effects.log.push(`revalidateTag ${JSON.stringify(args)}`),
  refresh: (...args: unknown[]) => effects.log.push(`refresh ${JSON.stringify(args)}`),
}))
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    effects.log.push(`redirect ${url}`)
    throw new Redirect(url)
  },
}))
vi.mock("next-intl/server", () => ({
  getTranslations:
    async ({ namespace }: { namespace: string }) =>
    (key: string, values?: Record<string, unknown>) =>
      `${namespace}.${key}${values ? ` ${JSON.stringify(values)}` : ""}`,
}))
vi.mock("@/lib/medusa/customer", () => ({
  signIn: record("customer.signIn"),
  register: record("customer.register"),
  signOut: record("customer.signOut"),
  saveIdentity: record("customer.saveIdentity"),
  saveAddress: record("customer.saveAddress"),
  deleteAddress: record("customer.deleteAddress"),
}))
vi.mock("@/lib/medusa/cart", () => ({
  addLine: record("cart.addLine"),
  updateLine: record("cart.updateLine"),
  applyPromo: async (...args: unknown[]) => (await record("cart.applyPromo")(...args), true),
  removePromo: record("cart.removePromo"),
  setAddress: record("cart.setAddress"),
  setShipping: record("cart.setShipping"),
  declareCustoms: record("cart.declareCustoms"),
  startPayment: record("cart.startPayment"),
  ensureCart: async (...args: unknown[]) => (await record("cart.ensureCart")(...args), "cart_01JABCDEFGHJKMNPQRSTVWXYZ0"),
  paymentSession: async (...args: unknown[]) => (await record("cart.paymentSession")(...args), { session: null }),
  completeCart: async (...args: unknown[]) => (await record("cart.completeCart")(...args), { orderId: "order_01JABCDEFGHJKMNPQRSTVWXYZ0" }),
}))

const form = (fields: Record<string, string>) => {
  const data = new FormData()
  for (const [key, value] of Object.entries(fields)) data.append(key, value)
  return data
}

/** Runs an action as Next would (a redirect ends it) and returns its state, if it returned one. */
async function call<T>(action: () => Promise<T>): Promise<T | undefined> {
  try {
    return await action()
  } catch (e) {
    if (e instanceof Redirect) return undefined
    throw e
  }
}

const ID = "01JABCDEFGHJKMNPQRSTVWXYZ0"
const VALID_ADDRESS = {
  firstName: "娜",
  lastName: "李",
  province: "广东省",
  city: "广州市",
  district: "海珠区",
  street: "新港东路 1000 号",
  postalCode: "510335",
  phone: "13800138000",
}

/** Locales a form could be made to send: each would become the first segment of a revalidated path or a redirect. */
const HOSTILE_LOCALES = ["", "fr", "https://evil.example", "//evil.example", "zh-CN/../..", "en?x=1", "../api/revalidate", "EN"]

type Case = [name: string, run: () => Promise<unknown>]

/** Every action, each with otherwise valid fields and the given locale. */
const withLocale = (locale: string): Case[] => [
  ["signInAction", () => account.signInAction({}, form({ locale, email: "a@b.cn", password: "secret-password", next: "account" }))],
  [
    "registerAction",
    () => account.registerAction({}, form({ locale, email: "a@b.cn", password: "secret-password", lastName: "李", firstName: "娜" })),
  ],
  ["signOutAction", () => account.signOutAction(form({ locale }))],
  ["saveIdentityAction", () => account.saveIdentityAction({}, form({ locale, realName: "李娜", idNumber: "11010519491231002X" }))],
  ["saveAddressAction", () => account.saveAddressAction({}, form({ locale, ...VALID_ADDRESS }))],
  ["deleteAddressAction", () => account.deleteAddressAction(form({ locale, id: `cuaddr_${ID}` }))],
  ["addToCartAction", () => cart.addToCartAction({}, form({ locale, variantId: `variant_${ID}`, quantity: "1" }))],
  ["updateLineAction", () => cart.updateLineAction({}, form({ locale, lineId: `cali_${ID}`, quantity: "2" }))],
  ["promoAction", () => cart.promoAction({}, form({ locale, code: "HARVEST2026" }))],
  ["addressAction", () => cart.addressAction({}, form({ locale, email: "a@b.cn", ...VALID_ADDRESS }))],
  ["shippingAction", () => cart.shippingAction({}, form({ locale, profiles: "1", [`option-sp_1`]: `so_${ID}`, next: "payment" }))],
  ["customsAction", () => cart.customsAction({}, form({ locale, payerIsBuyer: "on", identityId: `cusid_${ID}` }))],
  ["paymentAction", () => cart.paymentAction({}, form({ locale, provider: "pp_system_default" }))],
  ["placeOrderAction", () => cart.placeOrderAction({}, form({ locale, provider: "pp_system_default" }))],
]

beforeEach(() => {
  effects.log.length = 0
})

describe("server actions refuse hostile input before revalidating, redirecting or calling the backend", () => {
  describe.each(HOSTILE_LOCALES)("locale %j", (locale) => {
    it.each(withLocale(locale))("%s", async (_name, run) => {
      await call(run)
      expect(effects.log).toEqual([])
    })
  })

  it.each<Case>([
    [
      "sign-in to another site",
      () => account.signInAction({}, form({ locale: "en", email: "a@b.cn", password: "secret-password", next: "//evil.example" })),
    ],
    [
      "sign-in to a URL",
      () => account.signInAction({}, form({ locale: "en", email: "a@b.cn", password: "secret-password", next: "https://evil.example/x" })),
    ],
    [
      "sign-in through a backslash",
      () => account.signInAction({}, form({ locale: "en", email: "a@b.cn", password: "secret-password", next: "/\\evil.example" })),
    ],
    [
      "sign-in out of the locale",
      () =>
        account.signInAction(
          {},
          form({ locale: "en", email: "a@b.cn", password: "secret-password", next: "account/../../api/revalidate" }),
        ),
    ],
    [
      "a 10,000-character e-mail",
      () => account.signInAction({}, form({ locale: "en", email: `${"a".repeat(10_000)}@b.cn`, password: "secret-password" })),
    ],
    ["an address id that is a path", () => account.deleteAddressAction(form({ locale: "en", id: "../../customers/me" }))],
    [
      "an address to change that is not an id",
      () => account.saveAddressAction({}, form({ locale: "en", id: "cuaddr_1 OR 1=1", ...VALID_ADDRESS })),
    ],
    [
      "a 10,000-character real name",
      () => account.saveIdentityAction({}, form({ locale: "en", realName: "李".repeat(10_000), idNumber: "11010519491231002X" })),
    ],
    ["a variant that is not an id", () => cart.addToCartAction({}, form({ locale: "en", variantId: "../line-items", quantity: "1" }))],
    ...["0", "-1", "100", "1e3", "2.5", "abc", " 5", "99999999999"].map<Case>((quantity) => [
      `adding quantity ${JSON.stringify(quantity)}`,
      () => cart.addToCartAction({}, form({ locale: "en", variantId: `variant_${ID}`, quantity })),
    ]),
    ...["-1", "100", "1.5", ""].map<Case>((quantity) => [
      `changing a line to quantity ${JSON.stringify(quantity)}`,
      () => cart.updateLineAction({}, form({ locale: "en", lineId: `cali_${ID}`, quantity })),
    ]),
    ["a line that is not an id", () => cart.updateLineAction({}, form({ locale: "en", lineId: `cali_${ID}/../../`, quantity: "1" }))],
    ["removing a 10,000-character promo code", () => cart.promoAction({}, form({ locale: "en", remove: "X".repeat(10_000) }))],
    [
      "a delivery step that is a URL",
      () => cart.shippingAction({}, form({ locale: "en", profiles: "1", "option-sp_1": `so_${ID}`, next: "https://evil.example" })),
    ],
    [
      "a shipping option that is not an id",
      () => cart.shippingAction({}, form({ locale: "en", profiles: "1", "option-sp_1": "so_1; drop" })),
    ],
    [
      "a profile count that is not a number",
      () => cart.shippingAction({}, form({ locale: "en", profiles: "all", "option-sp_1": `so_${ID}` })),
    ],
    [
      "an identity that is not an id",
      () => cart.customsAction({}, form({ locale: "en", payerIsBuyer: "on", identityId: "[object Object]" })),
    ],
    ["a payment provider that is a URL", () => cart.paymentAction({}, form({ locale: "en", provider: "https://evil.example" }))],
    ["a payment provider with a path", () => cart.paymentAction({}, form({ locale: "en", provider: "pp_system/../../admin" }))],
  ])("%s", async (_name, run) => {
    await call(run)
    expect(effects.log).toEqual([])
  })

  it("tells the buyer which field was refused, and the quantity's range", async () => {
    const refused = await call(() => cart.addToCartAction({}, form({ locale: "en", variantId: `variant_${ID}`, quantity: "100" })))
    expect(refused).toEqual({ error: 'errors.quantityRange {"min":1,"max":99}' })
    const badNext = await call(() =>
      account.signInAction({}, form({ locale: "en", email: "a@b.cn", password: "secret-password", next: "//evil.example" })),
    )
    expect(badNext).toEqual({ error: 'errors.invalidInput {"field":"next"}' })
  })
})

describe("server actions still do their work with valid input", () => {
  // A visitor's own change refreshes their own pages; it never expires the cached pages every visitor is served.
  it("signs out, refreshing the visitor's pages without expiring cached ones", async () => {
    await call(() => account.signOutAction(form({ locale: "zh-CN" })))
    expect(effects.log).toEqual(["customer.signOut []", "refresh []", "redirect /zh-CN"])
  })

  it("signs in and returns to a page of the shop", async () => {
    await call(() =>
      account.signInAction({}, form({ locale: "en", email: "a@b.cn", password: "secret-password", next: `account/orders/order_${ID}` })),
    )
    expect(effects.log.at(-1)).toBe(`redirect /en/account/orders/order_${ID}`)
  })

  it("adds to the cart (the page stays; the browser fetches the header), changes and removes a line", async () => {
    await call(() => cart.addToCartAction({}, form({ locale: "en", variantId: `variant_${ID}`, quantity: "3" })))
    await call(() => cart.updateLineAction({}, form({ locale: "en", lineId: `cali_${ID}`, quantity: "0" })))
    expect(effects.log).toEqual([`cart.addLine ["en","variant_${ID}",3]`, `cart.updateLine ["en","cali_${ID}",0]`, "refresh []"])
  })

  it("moves the checkout on to the next step", async () => {
    await call(() => cart.shippingAction({}, form({ locale: "en", profiles: "1", "option-sp_1": `so_${ID}`, next: "customs" })))
    expect(effects.log).toEqual([`cart.setShipping ["en","so_${ID}"]`, "redirect /en/checkout?step=customs"])
  })
})
