import type { MedusaContainer } from "@medusajs/framework/types"
import type { AuditActor } from "../../workflows/audit/steps/record-audit-entries"
import { productNotFound } from "../../utils/exporter-scope"
import { categoryFamilies, listingJson, listingSnapshot } from "../../utils/listings"
import type { PartnerRequest } from "../partner-actor"

/** The signed-in person as the audit log names them. */
export const auditActorOf = (req: PartnerRequest): AuditActor => ({
  type: "exporter",
  id: req.partner.person.id,
  email: req.partner.person.email,
})

/** `{ product: Listing }` for a product the route already checked the exporter owns. */
export async function listingResponse(scope: MedusaContainer, productId: string) {
  const [snapshot, families] = await Promise.all([listingSnapshot(scope, productId), categoryFamilies(scope)])
  if (!snapshot) throw productNotFound(productId)
  return { product: listingJson(snapshot, families) }
}

type ApiKeyRow = {
  id: string
  title: string
  token_prefix: string
  created_at: Date | string
  last_used_at: Date | string | null
  revoked_at: Date | string | null
}

/** An API key as the portal lists it: never its secret or hash. */
export const apiKeyJson = (k: ApiKeyRow) => ({
  id: k.id,
  title: k.title,
  prefix: k.token_prefix,
  created_at: k.created_at,
  last_used_at: k.last_used_at,
  revoked_at: k.revoked_at,
})
