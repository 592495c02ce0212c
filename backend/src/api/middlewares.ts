import {
  allowFields,
  authenticate,
  configureStoreSearch,
  defineMiddlewares,
  validateAndTransformBody,
} from "@medusajs/framework/http"
import { receiveStripeWebhook } from "../modules/stripe-cn/webhook"
import { bozorErrorHandler } from "./error-handler"
import { guardSearchQuery } from "./store/search-guard"
import { serveUploads } from "./static-files"
import { uploadFolders } from "../lib/upload-folders"
import { AdminUpdateExporter } from "./admin/exporters/validators"
import { StoreCreateCustomsIdentity, StoreSetCartCustoms } from "./store/customs-validators"
import { StoreRequestOrderLink } from "./store/orders/validators"
import { CustomerPasswordUpdate, CustomerRegistration } from "./auth/validators"
import { StorePromotionCode } from "./store/promotion-validators"
import { lineItemQuantity } from "./store/line-item-quantity"
import { rateLimit } from "./rate-limit"
import { customsMessage } from "../modules/customs/messages"

const stripeWebhookSecret = process.env.STRIPE_API_KEY ? process.env.STRIPE_WEBHOOK_SECRET : undefined

/** What the shop shows of a product beyond Medusa's own fields: its trade data and its exporter's public profile. */
const productExtras = allowFields(
  "trade_profile", "trade_profile.*",
  "exporter.id", "exporter.handle", "exporter.name", "exporter.region", "exporter.city",
  "exporter.verified", "exporter.logo_url", "exporter.brand_color"
)

const customer = authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })

/** Entering ID numbers: bounded per account (signed in) or per cart (guest), so no one tries numbers in bulk. */
const identityAttempts = rateLimit(
  "customs-identity",
  { limit: 10, windowSeconds: 3600 },
  (req) => req.auth_context?.actor_id || `cart:${req.params.id ?? "none"}`,
  (locale, minutes) => customsMessage(locale, "rate_limited", { minutes })
)

/** Requests for a fresh order link: a few per order and hour is all a buyer needs. */
const orderLinkRequests = rateLimit(
  "order-access-link",
  { limit: 5, windowSeconds: 3600 },
  (req) => req.params.id,
  (locale, minutes) =>
    locale?.startsWith("zh") ? `请求过于频繁：请 ${minutes} 分钟后再试。` : `Too many requests for this order's link: please try again in ${minutes} minutes.`
)

/**
 * Reset e-mails: a few per address and hour, so nobody floods an inbox through the shop. Counted whether or not
 * the address has an account, and answered the same way, so the limit tells nothing about who is a customer.
 */
const passwordResetRequests = rateLimit(
  "password-reset",
  { limit: 5, windowSeconds: 3600 },
  (req) => String((req.body as { identifier?: unknown } | undefined)?.identifier ?? "").trim().toLowerCase().slice(0, 254),
  (locale, minutes) =>
    locale?.startsWith("zh") ? `重设密码的请求过于频繁：请 ${minutes} 分钟后再试。` : `Too many password reset requests: please try again in ${minutes} minutes.`
)

export default defineMiddlewares({
  errorHandler: bozorErrorHandler as never,
  routes: [
    {
      matcher: "/store/search",
      method: ["POST"],
      middlewares: [guardSearchQuery, configureStoreSearch({ allowed_indexes: { product: true } })],
    },
    { matcher: "/store/products", middlewares: [productExtras] },
    { matcher: "/store/products/:id", middlewares: [productExtras] },
    { matcher: "/admin/exporters/:id", method: ["POST"], middlewares: [validateAndTransformBody(AdminUpdateExporter)] },
    {
      matcher: "/store/customers/me/customs-identities",
      method: ["POST"],
      middlewares: [validateAndTransformBody(StoreCreateCustomsIdentity), identityAttempts],
    },
    { matcher: "/store/carts/:id/customs", method: ["GET"], middlewares: [customer] },
    {
      matcher: "/store/carts/:id/customs",
      method: ["POST"],
      middlewares: [customer, validateAndTransformBody(StoreSetCartCustoms), identityAttempts],
    },
    { matcher: "/store/carts/:id/promotion-codes", method: ["POST"], middlewares: [validateAndTransformBody(StorePromotionCode)] },
    { matcher: "/store/carts/:id/line-items", method: ["POST"], middlewares: [lineItemQuantity({ allowZero: false })] },
    { matcher: "/store/carts/:id/line-items/:line_id", method: ["POST"], middlewares: [lineItemQuantity({ allowZero: true })] },
    // Who may read an order's personal details is decided by the signed-in customer or a signed link.
    { matcher: "/store/orders/:id", method: ["GET"], middlewares: [customer] },
    { matcher: "/store/orders/:id/customs", method: ["GET"], middlewares: [customer] },
    { matcher: "/store/orders/:id/delivery", method: ["GET"], middlewares: [customer] },
    {
      matcher: "/store/orders/:id/access-link",
      method: ["POST"],
      middlewares: [validateAndTransformBody(StoreRequestOrderLink), orderLinkRequests],
    },
    // These run before Medusa's own middlewares of the same routes (a static path sorts before /auth/:actor_type/…),
    // so a password the shop would refuse is refused before the single-use reset token is spent.
    { matcher: "/auth/customer/emailpass/register", method: ["POST"], middlewares: [validateAndTransformBody(CustomerRegistration)] },
    { matcher: "/auth/customer/emailpass/update", method: ["POST"], middlewares: [validateAndTransformBody(CustomerPasswordUpdate)] },
    { matcher: "/auth/customer/emailpass/reset-password", method: ["POST"], middlewares: [passwordResetRequests] },
    ...(stripeWebhookSecret
      ? [{ matcher: "/hooks/payment/:provider", method: ["POST" as const], middlewares: [receiveStripeWebhook(stripeWebhookSecret)] }]
      : []),
    // Public uploads are served from MEDUSA_UPLOAD_DIR when it is set (Medusa itself serves ./static otherwise);
    // private files only to an operator, whatever the folder.
    {
      matcher: "/static/*",
      middlewares: serveUploads({ publicDir: process.env.MEDUSA_UPLOAD_DIR || undefined, privateDir: uploadFolders().privateDir }),
    },
  ],
})
