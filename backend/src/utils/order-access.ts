import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import jwt from "jsonwebtoken"
import { storefrontUrl } from "@bozor/shared"

/**
 * Who may read an order's personal details (buyer's name, phone, address,
 * e-mail, customs identity): the signed-in customer it belongs to, or whoever
 * holds a signed link that has not expired (the confirmation e-mail's, the
 * one the checkout redirects a guest to, or a fresh one requested by e-mail).
 * The order id alone — it is in every forwarded e-mail — shows the order's
 * status and goods only. PIPL expects no less.
 */
export type OrderAccess = "owner" | "link" | "public"

/** How long a link to an order's details stays valid. */
export const ORDER_LINK_TTL_DAYS = 30
const PURPOSE = "bozor:order-access"

const secretOf = (container: MedusaContainer) => {
  const config = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const secret = config.projectConfig.http.jwtSecret
  if (!secret) throw new Error("Order links need JWT_SECRET to be configured.")
  return secret
}

export function signOrderAccess(container: MedusaContainer, orderId: string, ttlDays = ORDER_LINK_TTL_DAYS): string {
  return jwt.sign({ order_id: orderId, purpose: PURPOSE }, secretOf(container), { expiresIn: `${ttlDays}d` })
}

function verifyOrderAccess(container: MedusaContainer, orderId: string, token: unknown): boolean {
  if (typeof token !== "string" || !token || token.length > 2048) return false
  try {
    const claims = jwt.verify(token, secretOf(container), { algorithms: ["HS256"] }) as { order_id?: string; purpose?: string }
    return claims.purpose === PURPOSE && claims.order_id === orderId
  } catch {
    return false
  }
}

/** The header the storefront passes a signed link's token in. */
export const ORDER_ACCESS_HEADER = "x-order-access"

/** What the requester may see of an order (404 when it does not exist). */
export async function orderAccessOf(
  container: MedusaContainer,
  orderId: string,
  requester: { actorCustomerId?: string | null; token?: unknown },
): Promise<{ access: OrderAccess; order: { id: string; customer_id: string | null; email: string | null } }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    fields: ["id", "customer_id", "email"],
    filters: { id: orderId, is_draft_order: false } as never,
  })
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${orderId} was not found`)
  const owner = !!requester.actorCustomerId && order.customer_id === requester.actorCustomerId
  const access: OrderAccess = owner ? "owner" : verifyOrderAccess(container, orderId, requester.token) ? "link" : "public"
  return { access, order: order as { id: string; customer_id: string | null; email: string | null } }
}

/** The storefront's page of an order, with a fresh signed link's token. */
export function orderPageUrl(container: MedusaContainer, orderId: string, locale: string): string {
  return `${storefrontUrl()}/${locale}/order/${orderId}?access=${encodeURIComponent(signOrderAccess(container, orderId))}`
}
