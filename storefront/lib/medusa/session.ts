import "server-only"
import { cookies } from "next/headers"
import { SESSION_COOKIES } from "@/lib/guest-route"

/** The visitor's cart and sign-in live in httpOnly cookies; the backend holds everything else. */
const { cart: CART, token: TOKEN } = SESSION_COOKIES
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

/** Headers for a call on the visitor's behalf: their language and, when signed in, their token. */
export async function visitorHeaders(locale: string): Promise<Record<string, string>> {
  const token = await authToken()
  return { "x-medusa-locale": locale, ...(token ? { authorization: `Bearer ${token}` } : {}) }
}
