import "server-only"
import { cookies } from "next/headers"

/** The visitor's cart and sign-in live in httpOnly cookies; the backend holds everything else. */
const CART = "bozor_cart"
const TOKEN = "bozor_token"
const secure = process.env.NODE_ENV === "production" && (process.env.STOREFRONT_URL ?? "").startsWith("https")
const options = { httpOnly: true, sameSite: "lax" as const, secure, path: "/" }

export async function cartId() {
  return (await cookies()).get(CART)?.value
}
export async function setCartId(id: string) {
  ;(await cookies()).set(CART, id, { ...options, maxAge: 60 * 60 * 24 * 30 })
}
export async function clearCartId() {
  ;(await cookies()).delete(CART)
}
export async function authToken() {
  return (await cookies()).get(TOKEN)?.value
}
export async function setAuthToken(token: string) {
  ;(await cookies()).set(TOKEN, token, { ...options, maxAge: 60 * 60 * 24 * 7 })
}
export async function clearAuthToken() {
  ;(await cookies()).delete(TOKEN)
}

/**
 * The promotion codes the visitor entered (at most a few), so that when one is no longer on the cart — the cart
 * changed, or the code needs an account — the shop can say which and why. Only codes of the shop's own shape are kept.
 */
const PROMOS = "bozor_promos"
const PROMO_CODE = /^[A-Za-z0-9_-]{1,40}$/
const MAX_PROMOS = 5

export async function enteredPromoCodes(): Promise<string[]> {
  try {
    const codes = JSON.parse((await cookies()).get(PROMOS)?.value ?? "[]")
    return Array.isArray(codes) ? codes.filter((c): c is string => typeof c === "string" && PROMO_CODE.test(c)).slice(0, MAX_PROMOS) : []
  } catch {
    return []
  }
}
export async function setEnteredPromoCodes(codes: string[]) {
  const kept = [...new Set(codes.filter((c) => PROMO_CODE.test(c)))].slice(-MAX_PROMOS)
  const jar = await cookies()
  if (kept.length) jar.set(PROMOS, JSON.stringify(kept), { ...options, maxAge: 60 * 60 * 24 * 30 })
  else jar.delete(PROMOS)
}

/** Headers for a call on the visitor's behalf: their language and, when signed in, their token. */
export async function visitorHeaders(locale: string): Promise<Record<string, string>> {
  const token = await authToken()
  return { "x-medusa-locale": locale, ...(token ? { authorization: `Bearer ${token}` } : {}) }
}
