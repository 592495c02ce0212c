import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { renderListingReviewed } from "../emails/exporter-notices"
import { partnerLocale } from "../modules/partner-access/constants"
import { productOwner } from "../utils/exporter-scope"
import { mailExporterPeople } from "../utils/exporter-people"
import { listingSnapshot } from "../utils/listings"
import { portalUrl } from "../utils/portal-links"

/**
 * Tells an exporter's people that an operator approved a listing or sent it
 * back (with the reason), each in their language, with the listing's title in
 * that language where the exporter wrote one.
 */
export default async function sendListingReviewEmail({ event, container }: SubscriberArgs<{ product_id: string; reason?: string }>) {
  const { product_id: productId, reason } = event.data
  const exporterId = await productOwner(container, productId)
  const listing = exporterId ? await listingSnapshot(container, productId) : null
  if (!exporterId || !listing) return
  const decision = event.name === "listing.approved" ? "approved" : "changes_requested"
  const titleIn = (locale: string) => {
    const content = listing.content[locale === "uz" ? "ru" : (locale as "ru" | "en" | "zh-CN")] ?? listing.content.en
    return content.title ?? listing.content["zh-CN"].title ?? listing.content.en.title ?? listing.handle
  }
  await mailExporterPeople(container, exporterId, {
    template: `listing-${decision.replace("_", "-")}`,
    trigger: event.name,
    resource_type: "product",
    resource_id: productId,
    key: `${event.name}-${productId}-${listing.review?.reviewed_at ?? Date.now()}`,
    render: (locale) =>
      renderListingReviewed({
        locale: partnerLocale(locale),
        decision,
        title: titleIn(locale),
        reason: reason ?? listing.review?.reason ?? null,
        url: portalUrl(`listings/${productId}`, {}),
      }),
  })
}

export const config: SubscriberConfig = { event: ["listing.approved", "listing.changes_requested"] }
