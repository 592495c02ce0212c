import type { MedusaContainer } from "@medusajs/framework/types"
import type { AuditActor } from "../../workflows/audit/steps/record-audit-entries"
import { productNotFound } from "../../utils/exporter-scope"
import { categoryFamilies, listingJson, listingSnapshot } from "../../utils/listings"
import type { PartnerRequest } from "../partner-actor"

/** The signed-in person as the audit log names them. */
export const auditActorOf = (req: PartnerRequest): AuditActor => ({ type: "exporter", id: req.partner.person.id, email: req.partner.person.email })

/** `{ product: Listing }` for a product the route already checked the exporter owns. */
export async function listingResponse(scope: MedusaContainer, productId: string) {
  const [snapshot, families] = await Promise.all([listingSnapshot(scope, productId), categoryFamilies(scope)])
  if (!snapshot) throw productNotFound(productId)
  return { product: listingJson(snapshot, families) }
}
