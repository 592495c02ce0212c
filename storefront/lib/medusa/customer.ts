import "server-only"
import { medusa } from "./client"
import { medusaAddress, reshapeAddress, reshapeDelivery, reshapeOrder } from "./reshape"
import { authToken, cartId, clearAuthToken, setAuthToken, visitorHeaders } from "./session"
import type { Address, CartLine, CustomsIdentity, OrderDetail, OrderSummary, SavedAddress } from "./types"

async function call<T>(
  locale: string,
  path: string,
  init: { method?: string; body?: unknown; query?: Record<string, unknown>; headers?: Record<string, string> } = {},
) {
  return medusa().client.fetch<T>(path, {
    ...init,
    headers: { ...(await visitorHeaders(locale)), ...(init.headers ?? {}) },
    cache: "no-store",
  } as never)
}

async function token(email: string, password: string) {
  const res = await call<{ token: string }>("en", "/auth/customer/emailpass", { method: "POST", body: { email, password } })
  return res.token
}

/** Signs in; an open cart becomes the customer's. */
export async function signIn(email: string, password: string) {
  await setAuthToken(await token(email, password))
  const cid = await cartId()
  if (cid) await call("en", `/store/carts/${cid}/customer`, { method: "POST" }).catch(() => undefined)
}

export async function register(input: { email: string; password: string; firstName: string; lastName: string; phone?: string }) {
  const { token: registration } = await call<{ token: string }>("en", "/auth/customer/emailpass/register", {
    method: "POST",
    body: { email: input.email, password: input.password },
  })
  await call("en", "/store/customers", {
    method: "POST",
    body: { email: input.email, first_name: input.firstName, last_name: input.lastName, ...(input.phone ? { phone: input.phone } : {}) },
    headers: { authorization: `Bearer ${registration}` },
  })
  await signIn(input.email, input.password)
}

/**
 * Asks Medusa to e-mail a reset link (it answers the same whether or not the address has an account). The page's
 * language goes along, so the e-mail and the page it links to are in it.
 */
export async function requestPasswordReset(locale: string, email: string) {
  // Medusa answers 201 with no JSON body.
  await call(locale, "/auth/customer/emailpass/reset-password", {
    method: "POST",
    body: { identifier: email, metadata: { locale } },
    headers: { accept: "text/plain" },
  })
}

/** Sets a new password with the e-mailed token (single use: Medusa spends it on this call, whatever the outcome). */
export async function resetPassword(locale: string, token: string, password: string) {
  await call(locale, "/auth/customer/emailpass/update", {
    method: "POST",
    body: { password },
    headers: { authorization: `Bearer ${token}` },
  })
}

export async function signOut() {
  await clearAuthToken()
}

export async function currentCustomer(locale: string) {
  if (!(await authToken())) return null
  try {
    const { customer } = await call<{ customer: any }>(locale, "/store/customers/me", {
      query: { fields: "id,email,first_name,last_name,phone,*addresses" },
    })
    // The address book, the default shipping address first.
    const addresses: SavedAddress[] = (customer.addresses ?? [])
      .map((a: any) => ({ id: a.id as string, isDefault: !!a.is_default_shipping, ...reshapeAddress(a) }))
      .sort((a: SavedAddress, b: SavedAddress) => Number(b.isDefault) - Number(a.isDefault))
    return { ...customer, addresses } as {
      id: string
      email: string
      first_name: string
      last_name: string
      phone: string | null
      addresses: SavedAddress[]
    }
  } catch {
    return null
  }
}

export async function saveAddress(locale: string, address: Address, id?: string) {
  await call(locale, id ? `/store/customers/me/addresses/${id}` : "/store/customers/me/addresses", {
    method: "POST",
    body: medusaAddress(address),
  })
}

export async function deleteAddress(locale: string, id: string) {
  await call(locale, `/store/customers/me/addresses/${id}`, { method: "DELETE" })
}

export async function listOrders(locale: string): Promise<OrderSummary[]> {
  const { orders } = await call<{ orders: any[] }>(locale, "/store/orders", {
    query: {
      // The payments say which orders are paid at the centre, whose "authorized" is not yet paid (paymentLabel).
      fields: "id,display_id,created_at,status,payment_status,fulfillment_status,total,currency_code,*items,*payment_collections.payments",
      order: "-created_at",
      limit: 50,
    },
  })
  return orders.map((o) => reshapeOrder(o))
}

/**
 * An order as the visitor may see it: the signed-in owner, or the holder of a
 * signed link (`accessToken`), gets the whole order; anyone else its status
 * and goods only (the backend decides, and says which in `access`).
 */
export async function getOrder(locale: string, id: string, accessToken?: string): Promise<OrderDetail | null> {
  const headers = accessToken ? { "x-order-access": accessToken } : undefined
  try {
    // The figures come with the order as the backend's totals (the same as the cart's); public views have none.
    const [{ order, access, totals }, { delivery }] = await Promise.all([
      call<{ order: any; access: OrderDetail["access"]; totals?: any }>(locale, `/store/orders/${id}`, {
        query: {
          fields:
            "*items,*shipping_address,*shipping_methods,total,display_id,status,payment_status,fulfillment_status,email,currency_code,created_at",
        },
        headers,
      }),
      call<{ delivery: any }>(locale, `/store/orders/${id}/delivery`, { headers }),
    ])
    const shaped = { ...reshapeOrder({ ...order, access }, totals ?? null), delivery: reshapeDelivery(delivery) }
    shaped.lines = await inPageLanguage(locale, shaped.lines)
    // Shipping methods too keep the language the order was placed in: the page names them in its own.
    shaped.shippingMethods = shaped.shippingMethods.map((m) => ({ ...m, name: shaped.delivery.methodNames[m.id] ?? m.name }))
    if (access === "public") return shaped
    // The masked customs identity comes from the declaration records, through its own route.
    const { customs } = await call<{ customs: { real_name: string; id_number: string } | null }>(locale, `/store/orders/${id}/customs`, {
      headers,
    })
    return { ...shaped, customs: customs ? { realName: customs.real_name, idNumber: customs.id_number } : null }
  } catch {
    return null
  }
}

/**
 * An order's lines keep the titles of the language it was placed in; a page in the other language names the goods
 * as the catalog does in its own (the product's and variant's translations), so one page speaks one language.
 * Goods no longer in the catalog keep their titles as ordered.
 */
async function inPageLanguage(locale: string, lines: CartLine[]): Promise<CartLine[]> {
  const ids = [...new Set(lines.map((l) => l.productId).filter(Boolean))]
  if (!ids.length) return lines
  const { products } = await call<{ products: { id: string; title: string; variants?: { id: string; title: string | null }[] }[] }>(
    locale,
    "/store/products",
    {
      query: { id: ids, fields: "id,title,variants.id,variants.title", limit: ids.length },
    },
  ).catch(() => ({ products: [] }))
  const byId = new Map(products.map((p) => [p.id, p]))
  return lines.map((line) => {
    const product = byId.get(line.productId)
    if (!product) return line
    const variant = product.variants?.find((v) => v.id === line.variantId)
    return { ...line, productTitle: product.title, variantTitle: variant?.title ?? line.variantTitle }
  })
}

/** Asks the backend to e-mail a fresh link to the order, if `email` is the order's address (it answers the same either way). */
export async function requestOrderLink(locale: string, id: string, email: string) {
  await call(locale, `/store/orders/${id}/access-link`, { method: "POST", body: { email } })
}

export async function listIdentities(locale: string): Promise<CustomsIdentity[]> {
  if (!(await authToken())) return []
  const { customs_identities } = await call<{ customs_identities: any[] }>(locale, "/store/customers/me/customs-identities")
  return customs_identities.map((i) => ({ id: i.id, realName: i.real_name, idNumber: i.id_number, quota: i.quota }))
}

export async function deleteIdentity(locale: string, id: string) {
  await call(locale, `/store/customers/me/customs-identities/${id}`, { method: "DELETE" })
}

export async function saveIdentity(locale: string, realName: string, idNumber: string) {
  await call(locale, "/store/customers/me/customs-identities", { method: "POST", body: { real_name: realName, id_number: idNumber } })
}
