import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PICKUP_MODULE } from "../../../../../modules/pickup"
import type PickupModuleService from "../../../../../modules/pickup/service"
import { deliveryOfOrder, inLocale } from "../../../../../utils/delivery"

/** For the order page of Medusa Admin: the order's pickup code and place, or null when nothing is picked up. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { pickup } = await deliveryOfOrder(req.scope, req.params.id)
  if (!pickup) return void res.json({ pickup: null })
  const pickups: PickupModuleService = req.scope.resolve(PICKUP_MODULE)
  res.json({
    pickup: {
      code: await pickups.codeForOrder(req.params.id),
      place: inLocale(pickup.name, "en"),
      place_zh: inLocale(pickup.name, "zh-CN"),
    },
  })
}
