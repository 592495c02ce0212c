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

const stripeWebhookSecret = process.env.STRIPE_API_KEY ? process.env.STRIPE_WEBHOOK_SECRET : undefined

/** What the shop shows of a product beyond Medusa's own fields: its trade data and its exporter's public profile. */
const productExtras = allowFields(
  "trade_profile", "trade_profile.*",
  "exporter.id", "exporter.handle", "exporter.name", "exporter.region", "exporter.city",
  "exporter.verified", "exporter.logo_url", "exporter.brand_color"
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
      middlewares: [validateAndTransformBody(StoreCreateCustomsIdentity)],
    },
    {
      matcher: "/store/carts/:id/customs",
      middlewares: [authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })],
    },
    {
      matcher: "/store/carts/:id/customs",
      method: ["POST"],
      middlewares: [validateAndTransformBody(StoreSetCartCustoms)],
    },
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
