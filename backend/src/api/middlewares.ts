import { allowFields, authenticate, configureStoreSearch, defineMiddlewares, validateAndTransformBody } from "@medusajs/framework/http"
import { receiveStripeWebhook } from "../modules/stripe-cn/webhook"
import { bozorErrorHandler } from "./error-handler"
import { guardSearchQuery } from "./store/search-guard"
import { serveUploads } from "./static-files"
import { servePortal } from "./portal"
import { uploadFolders } from "../lib/upload-folders"
import { AdminCreateExporter, AdminInviteExporterPerson, AdminSuspendExporter, AdminUpdateExporter } from "./admin/exporters/validators"
import { AdminListAuditLog, AdminListListingReviews, AdminRequestListingChanges } from "./admin/listing-reviews/validators"
import { AdminInviteConsulateStaff, AdminSuspendConsulateStaff } from "./admin/consulate/validators"
import { consulateActor } from "./consulate/actor"
import {
  ConsulateCatalogQuery,
  ConsulateCreateCampaign,
  ConsulateCreatePromotion,
  ConsulateFeatureProducts,
  ConsulateListQuery,
  ConsulateNominate,
  ConsulateReportQuery,
  ConsulateUpdateCampaign,
  ConsulateUpdatePromotion,
} from "./consulate/validators"
import {
  CampaignPageInput,
  CampaignPageUpdate,
  PavilionEventInput,
  PavilionEventUpdate,
  PavilionPageUpdate,
} from "../modules/pavilion/schema"
import { PartnerAcceptInvitation, PartnerUpdateMe } from "./partner-validators"
import { exporterActor } from "./exporter/actor"
import { exporterMessage } from "./exporter/messages"
import { listingImageUpload } from "./exporter/uploads"
import { spreadsheetUpload } from "./exporter/bulk-upload"
import {
  ExporterAcceptInvitation,
  ExporterDeclineNomination,
  ExporterCreateApiKey,
  ExporterExport,
  ExporterImageOrder,
  ExporterInviteColleague,
  ExporterListOrders,
  ExporterListProducts,
  ExporterListStock,
  ExporterSalesSummary,
  ExporterStatementQuery,
  ExporterUpdateMe,
  ExporterUpdatePrices,
  ExporterUpdateStock,
} from "./exporter/validators"
import { ownerOnly } from "./partner-actor"
import { partnerAuthRoutes } from "./partner-auth"
import { validateQuery } from "./validate-query"
import { ListingInput } from "../modules/listing/schema"
import { StoreCreateCustomsIdentity, StoreSetCartCustoms } from "./store/customs-validators"
import { StoreRequestOrderLink } from "./store/orders/validators"
import { CustomerPasswordUpdate, CustomerRegistration } from "./auth/validators"
import { StorePromotionCode } from "./store/promotion-validators"
import { lineItemQuantity } from "./store/line-item-quantity"
import { paymentCollectionExists } from "./store/payment-collection-exists"
import { rateLimit } from "./rate-limit"
import { customsMessage } from "../modules/customs/messages"
import { countCheckoutOutcome } from "../observability/checkout-outcomes"

const stripeWebhookSecret = process.env.STRIPE_API_KEY ? process.env.STRIPE_WEBHOOK_SECRET : undefined

/** What the shop shows of a product beyond Medusa's own fields: its trade data and its exporter's public profile. */
const productExtras = allowFields(
  "trade_profile",
  "trade_profile.*",
  "exporter.id",
  "exporter.handle",
  "exporter.name",
  "exporter.region",
  "exporter.city",
  "exporter.verified",
  "exporter.logo_url",
  "exporter.brand_color",
)

const customer = authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })

/** Entering ID numbers: bounded per account (signed in) or per cart (guest), so no one tries numbers in bulk. */
const identityAttempts = rateLimit(
  "customs-identity",
  { limit: 10, windowSeconds: 3600 },
  (req) => req.auth_context?.actor_id || `cart:${req.params.id ?? "none"}`,
  (locale, minutes) => customsMessage(locale, "rate_limited", { minutes }),
)

/** Requests for a fresh order link: a few per order and hour is all a buyer needs. */
const orderLinkRequests = rateLimit(
  "order-access-link",
  { limit: 5, windowSeconds: 3600 },
  (req) => req.params.id,
  (locale, minutes) =>
    locale?.startsWith("zh")
      ? `请求过于频繁：请 ${minutes} 分钟后再试。`
      : `Too many requests for this order's link: please try again in ${minutes} minutes.`,
)

const ownerOfExporter = ownerOnly((locale) => exporterMessage(locale, "owner_only"))
const ownerOfKeys = ownerOnly((locale) => exporterMessage(locale, "owner_only_keys"))
/**
 * Reset e-mails: a few per address and hour, so nobody floods an inbox through the shop. Counted whether or not
 * the address has an account, and answered the same way, so the limit tells nothing about who is a customer.
 */
const passwordResetRequests = rateLimit(
  "password-reset",
  { limit: 5, windowSeconds: 3600 },
  (req) =>
    String((req.body as { identifier?: unknown } | undefined)?.identifier ?? "")
      .trim()
      .toLowerCase()
      .slice(0, 254),
  (locale, minutes) =>
    locale?.startsWith("zh")
      ? `重设密码的请求过于频繁：请 ${minutes} 分钟后再试。`
      : `Too many password reset requests: please try again in ${minutes} minutes.`,
)

export default defineMiddlewares({
  errorHandler: bozorErrorHandler as never,
  routes: [
    {
      matcher: "/store/search",
      method: ["POST"],
      middlewares: [guardSearchQuery, configureStoreSearch({ allowed_indexes: { product: true } })],
    },
    { matcher: "/store/carts/:id/complete", method: ["POST"], middlewares: [countCheckoutOutcome] },
    { matcher: "/store/products", middlewares: [productExtras] },
    { matcher: "/store/products/:id", middlewares: [productExtras] },
    { matcher: "/admin/exporters", method: ["POST"], middlewares: [validateAndTransformBody(AdminCreateExporter)] },
    { matcher: "/admin/exporters/:id", method: ["POST"], middlewares: [validateAndTransformBody(AdminUpdateExporter)] },
    { matcher: "/admin/exporters/:id/suspend", method: ["POST"], middlewares: [validateAndTransformBody(AdminSuspendExporter)] },
    { matcher: "/admin/exporters/:id/invitations", method: ["POST"], middlewares: [validateAndTransformBody(AdminInviteExporterPerson)] },
    { matcher: "/admin/listing-reviews", method: ["GET"], middlewares: [validateQuery(AdminListListingReviews)] },
    {
      matcher: "/admin/listing-reviews/:product_id/request-changes",
      method: ["POST"],
      middlewares: [validateAndTransformBody(AdminRequestListingChanges)],
    },
    { matcher: "/admin/audit-log", method: ["GET"], middlewares: [validateQuery(AdminListAuditLog)] },
    { matcher: "/admin/consulate/invitations", method: ["POST"], middlewares: [validateAndTransformBody(AdminInviteConsulateStaff)] },
    {
      matcher: "/admin/consulate/staff/:id/suspend",
      method: ["POST"],
      middlewares: [validateAndTransformBody(AdminSuspendConsulateStaff)],
    },
    // Exporter people: Medusa's auth routes for the actor, guarded (invitations only, attempts counted per address).
    ...partnerAuthRoutes("exporter"),
    // Every /exporter route authenticates the exporter actor and resolves its exporter once (src/api/exporter/actor.ts).
    { matcher: "/exporter/*", middlewares: [exporterActor] },
    { matcher: "/exporter/invitations/accept", method: ["POST"], middlewares: [validateAndTransformBody(ExporterAcceptInvitation)] },
    { matcher: "/exporter/me", method: ["POST"], middlewares: [validateAndTransformBody(ExporterUpdateMe)] },
    {
      matcher: "/exporter/colleagues/invitations",
      method: ["POST"],
      middlewares: [ownerOfExporter, validateAndTransformBody(ExporterInviteColleague)],
    },
    { matcher: "/exporter/colleagues/:id", method: ["DELETE"], middlewares: [ownerOfExporter] },
    { matcher: "/exporter/products", method: ["GET"], middlewares: [validateQuery(ExporterListProducts)] },
    { matcher: "/exporter/nominations/:id/decline", method: ["POST"], middlewares: [validateAndTransformBody(ExporterDeclineNomination)] },
    { matcher: "/exporter/products", method: ["POST"], middlewares: [validateAndTransformBody(ListingInput)] },
    { matcher: "/exporter/products/:id", method: ["POST"], middlewares: [validateAndTransformBody(ListingInput)] },
    { matcher: "/exporter/products/:id/images", method: ["POST"], middlewares: [listingImageUpload] },
    { matcher: "/exporter/products/:id/images/order", method: ["POST"], middlewares: [validateAndTransformBody(ExporterImageOrder)] },
    // Consulate staff: the same partner mechanism (invitations only, attempts counted per address, one resolve per request).
    ...partnerAuthRoutes("consulate"),
    { matcher: "/consulate/*", middlewares: [consulateActor] },
    { matcher: "/consulate/invitations/accept", method: ["POST"], middlewares: [validateAndTransformBody(PartnerAcceptInvitation)] },
    { matcher: "/consulate/me", method: ["POST"], middlewares: [validateAndTransformBody(PartnerUpdateMe)] },
    { matcher: "/consulate/campaigns", method: ["GET"], middlewares: [validateQuery(ConsulateListQuery)] },
    { matcher: "/consulate/campaigns", method: ["POST"], middlewares: [validateAndTransformBody(ConsulateCreateCampaign)] },
    { matcher: "/consulate/campaigns/:id", method: ["POST"], middlewares: [validateAndTransformBody(ConsulateUpdateCampaign)] },
    {
      matcher: "/consulate/campaigns/:id/featured-products",
      method: ["POST"],
      middlewares: [validateAndTransformBody(ConsulateFeatureProducts)],
    },
    { matcher: "/consulate/campaigns/:id/nominations", method: ["POST"], middlewares: [validateAndTransformBody(ConsulateNominate)] },
    { matcher: "/consulate/promotions", method: ["GET"], middlewares: [validateQuery(ConsulateListQuery)] },
    { matcher: "/consulate/promotions", method: ["POST"], middlewares: [validateAndTransformBody(ConsulateCreatePromotion)] },
    { matcher: "/consulate/promotions/:id", method: ["POST"], middlewares: [validateAndTransformBody(ConsulateUpdatePromotion)] },
    { matcher: "/consulate/reports", method: ["GET"], middlewares: [validateQuery(ConsulateReportQuery)] },
    { matcher: "/consulate/products", method: ["GET"], middlewares: [validateQuery(ConsulateCatalogQuery)] },
    // The consulate's content in the shop (campaign pages, the pavilion, events): src/api/consulate/{campaign-pages,pavilion,events}.
    { matcher: "/consulate/campaign-pages", method: ["POST"], middlewares: [validateAndTransformBody(CampaignPageInput)] },
    { matcher: "/consulate/campaign-pages/:id", method: ["POST"], middlewares: [validateAndTransformBody(CampaignPageUpdate)] },
    { matcher: "/consulate/campaign-pages/:id/hero", method: ["POST"], middlewares: [listingImageUpload] },
    { matcher: "/consulate/pavilion", method: ["POST"], middlewares: [validateAndTransformBody(PavilionPageUpdate)] },
    { matcher: "/consulate/events", method: ["POST"], middlewares: [validateAndTransformBody(PavilionEventInput)] },
    { matcher: "/consulate/events/:id", method: ["POST"], middlewares: [validateAndTransformBody(PavilionEventUpdate)] },
    { matcher: "/exporter/stock", method: ["GET"], middlewares: [validateQuery(ExporterListStock)] },
    { matcher: "/exporter/stock", method: ["POST"], middlewares: [validateAndTransformBody(ExporterUpdateStock)] },
    { matcher: "/exporter/prices", method: ["POST"], middlewares: [validateAndTransformBody(ExporterUpdatePrices)] },
    { matcher: "/exporter/api-keys", method: ["POST"], middlewares: [ownerOfKeys, validateAndTransformBody(ExporterCreateApiKey)] },
    { matcher: "/exporter/api-keys/:id", method: ["DELETE"], middlewares: [ownerOfKeys] },
    { matcher: "/exporter/orders", method: ["GET"], middlewares: [validateQuery(ExporterListOrders)] },
    { matcher: "/exporter/sales", method: ["GET"], middlewares: [validateQuery(ExporterSalesSummary)] },
    { matcher: "/exporter/statements/:month", method: ["GET"], middlewares: [validateQuery(ExporterStatementQuery)] },
    // Spreadsheets: the file is read into memory here; kind and dry_run are checked by the route (multipart fields).
    { matcher: "/exporter/imports", method: ["POST"], middlewares: [spreadsheetUpload] },
    { matcher: "/exporter/exports/:kind", method: ["GET"], middlewares: [validateQuery(ExporterExport)] },
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
    { matcher: "/store/payment-collections/:id/payment-sessions", method: ["POST"], middlewares: [paymentCollectionExists] },
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
    // The partner portal's built app, same origin as the API (its folder comes from BOZOR_PORTAL_DIR).
    { matcher: "/portal", middlewares: [servePortal(process.env.BOZOR_PORTAL_DIR)] },
  ],
})
