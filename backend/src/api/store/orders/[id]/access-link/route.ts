import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendOrderAccessLinkWorkflow } from "../../../../../workflows/order-access/send-order-access-link"
import type { StoreRequestOrderLink } from "../../validators"

/**
 * A guest without a valid link asks for a fresh one: it goes by e-mail to the
 * order's address if the address typed is that one. The answer is the same
 * either way, so it confirms no address to someone who only has the order id.
 */
export async function POST(req: MedusaRequest<StoreRequestOrderLink>, res: MedusaResponse) {
  await sendOrderAccessLinkWorkflow(req.scope).run({ input: { order_id: req.params.id, email: req.validatedBody.email } })
  res.status(202).json({ requested: true })
}
