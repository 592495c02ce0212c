import type { MedusaContainer } from "@medusajs/framework/types"
import { applyTranslations, ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { isPayAtCentre } from "@bozor/shared"

type Localized = Record<string, string>

/** Where a pickup order is collected, as the stock location's address (and its metadata, which the seed writes) says. */
interface PickupPlace {
  name: Localized
  address: Localized
  opening_hours: Localized
  phone: string | null
}

/** How an order's (or a cart's) goods reach the buyer, by the shipping options chosen. */
export interface Delivery {
  /** The place of a pickup at the centre, when one of the methods is a pickup. */
  pickup: PickupPlace | null
  /** Whether some goods travel as a parcel (domestic express, direct mail), which needs a delivery address. */
  parcel: boolean
  /** Whether a parcel is mailed from the Tashkent export warehouse (the cross-border shipping profile). */
  crossBorderParcel: boolean
}

/** The Guangzhou centre's address fields, in English, for a location seeded before it carried its pickup metadata. */
const fromFields = (a: Record<string, any>): string =>
  [a.address_1, a.address_2, a.city, [a.province, a.postal_code].filter(Boolean).join(" ")].filter(Boolean).join(", ")

function placeOf(location: Record<string, any> | null | undefined): PickupPlace {
  const address = location?.address ?? {}
  const meta = (address.metadata?.pickup ?? {}) as Partial<Record<"name" | "address" | "opening_hours", Localized>>
  return {
    name: meta.name ?? { en: location?.name ?? "" },
    address: meta.address ?? { en: fromFields(address) },
    opening_hours: meta.opening_hours ?? {},
    phone: address.phone ?? null,
  }
}

/** A localized text in the language asked for, falling back to English, then to any language it has. */
export const inLocale = (text: Localized, locale: string) =>
  text[locale] ?? text[locale.toLowerCase().startsWith("zh") ? "zh-CN" : "en"] ?? text.en ?? Object.values(text)[0] ?? ""

/**
 * How goods chosen with these shipping options reach the buyer. A pickup is an option of a fulfilment set of type
 * "pickup" (Medusa's own notion); the place is its stock location. A parcel from Tashkent is an option of the
 * cross-border shipping profile.
 */
export async function deliveryOfOptions(container: MedusaContainer, optionIds: string[]): Promise<Delivery> {
  const delivery: Delivery = { pickup: null, parcel: false, crossBorderParcel: false }
  if (!optionIds.length) return delivery
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: options } = await query.graph({
    entity: "shipping_option",
    fields: [
      "id",
      "shipping_profile.type",
      "service_zone.fulfillment_set.type",
      "service_zone.fulfillment_set.location.name",
      "service_zone.fulfillment_set.location.address.*",
    ],
    filters: { id: optionIds },
    withDeleted: true,
  })
  for (const option of options as Record<string, any>[]) {
    const set = option.service_zone?.fulfillment_set
    if (set?.type === "pickup") {
      delivery.pickup ??= placeOf(set.location)
    } else {
      delivery.parcel = true
      if (option.shipping_profile?.type === "cross_border") delivery.crossBorderParcel = true
    }
  }
  return delivery
}

/** How an order's goods reach its buyer. */
export async function deliveryOfOrder(container: MedusaContainer, orderId: string): Promise<Delivery> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({ entity: "order", fields: ["id", "shipping_methods.shipping_option_id"], filters: { id: orderId } })
  const optionIds = ((order?.shipping_methods ?? []) as ({ shipping_option_id: string | null } | null)[]).flatMap((m) =>
    m?.shipping_option_id ? [m.shipping_option_id] : [],
  )
  return deliveryOfOptions(container, optionIds)
}

/**
 * The names of an order's shipping methods in the language asked for. An order keeps the name of the language it was
 * placed in; the chosen option's name comes through the Translation Module in any other. A method whose option is gone
 * keeps its stored name.
 */
export async function shippingMethodNames(container: MedusaContainer, orderId: string, locale: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    fields: ["id", "shipping_methods.id", "shipping_methods.name", "shipping_methods.shipping_option_id"],
    filters: { id: orderId },
  })
  const methods = ((order?.shipping_methods ?? []) as ({ id: string; name: string; shipping_option_id: string | null } | null)[]).flatMap(
    (m) => (m ? [m] : []),
  )
  const optionIds = methods.flatMap((m) => (m.shipping_option_id ? [m.shipping_option_id] : []))
  const { data: options } = optionIds.length
    ? await query.graph({ entity: "shipping_option", fields: ["id", "name"], filters: { id: optionIds }, withDeleted: true })
    : { data: [] }
  await applyTranslations({ localeCode: locale, objects: options as Record<string, any>[], container })
  const names = new Map((options as { id: string; name: string }[]).map((o) => [o.id, o.name]))
  return methods.map((m) => ({ id: m.id, name: (m.shipping_option_id && names.get(m.shipping_option_id)) || m.name }))
}

/** Whether an order is paid at the centre (Medusa's system provider): its payment is then authorised, not yet paid. */
export async function paysAtTheCentre(container: MedusaContainer, orderId: string): Promise<boolean> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({ entity: "order", fields: ["id", "payment_collections.payments.provider_id"], filters: { id: orderId } })
  const payments = ((order?.payment_collections ?? []) as Record<string, any>[]).flatMap(
    (c) => (c?.payments ?? []) as Record<string, any>[],
  )
  return isPayAtCentre(payments.map((p) => p?.provider_id))
}
