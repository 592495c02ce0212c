import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PICKUP_MODULE } from "../../../../../modules/pickup"
import type PickupModuleService from "../../../../../modules/pickup/service"
import { deliveryOfOrder, inLocale, paysAtTheCentre, shippingMethodNames } from "../../../../../utils/delivery"
import { ORDER_ACCESS_HEADER, orderAccessOf } from "../../../../../utils/order-access"
import { pickupQrSvg } from "../../../../../utils/pickup-qr"
import { waybillsOf } from "../../../../../utils/waybills"

/**
 * How an order reaches its buyer, in the request's language: the pickup place (the centre's address and opening
 * hours) and, for the owner or a signed link only, the pickup code with its QR code and the parcels' waybills.
 * The code collects the goods at the counter, so the order id alone never shows it. `pay_at_centre` says that the
 * order's "authorized" payment is a promise to pay at the counter, not money received. `methods` names the order's
 * shipping methods in the request's language (the order keeps those of the language it was placed in).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { access } = await orderAccessOf(req.scope, req.params.id, {
    actorCustomerId: req.auth_context?.actor_id,
    token: req.headers[ORDER_ACCESS_HEADER],
  })
  const locale = req.locale ?? "zh-CN"
  const trusted = access !== "public"
  // Independent reads of the order, side by side.
  const [delivery, payAtCentre, methods, waybills] = await Promise.all([
    deliveryOfOrder(req.scope, req.params.id),
    paysAtTheCentre(req.scope, req.params.id),
    shippingMethodNames(req.scope, req.params.id, locale),
    trusted ? waybillsOf(req.scope, req.params.id) : Promise.resolve([]),
  ])
  const pickups: PickupModuleService = req.scope.resolve(PICKUP_MODULE)
  const code = delivery.pickup && trusted ? await pickups.codeForOrder(req.params.id) : null
  const place = delivery.pickup
  res.json({
    delivery: {
      parcel: delivery.parcel,
      pickup: place
        ? {
            name: inLocale(place.name, locale),
            address: inLocale(place.address, locale),
            opening_hours: inLocale(place.opening_hours, locale),
            phone: place.phone,
            code,
            qr_svg: code ? await pickupQrSvg(code) : null,
          }
        : null,
      waybills,
      pay_at_centre: payAtCentre,
      methods,
    },
  })
}
