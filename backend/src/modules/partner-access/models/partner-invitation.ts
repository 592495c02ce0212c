import { model } from "@medusajs/framework/utils"
import { PARTNER_LOCALES, PARTNER_ROLES } from "../constants"

/**
 * An e-mailed invitation to become a person of a partner organisation (an
 * exporter now, the consulate next). Only the SHA-256 of its token is kept: the
 * token itself exists in the e-mail alone. Used once; expires.
 */
const PartnerInvitation = model
  .define("partner_invitation", {
    id: model.id({ prefix: "pinv" }).primaryKey(),
    /** The auth actor the person becomes: "exporter" (later "consulate"). */
    actor_type: model.text(),
    /** The organisation the person will act for (the exporter's id); null for the consulate. */
    scope_id: model.text().nullable(),
    email: model.text(),
    role: model.enum([...PARTNER_ROLES]).default("member"),
    locale: model.enum([...PARTNER_LOCALES]).default("uz"),
    token_hash: model.text().unique(),
    expires_at: model.dateTime(),
    accepted_at: model.dateTime().nullable(),
    /** Set when a newer invitation to the same address replaces this one, or the organisation withdraws it. */
    revoked_at: model.dateTime().nullable(),
    /** Who invited: "user:<id>" (an operator) or "<actor type>:<id>" (a partner's owner). */
    invited_by: model.text(),
  })
  .indexes([{ on: ["actor_type", "scope_id"] }, { on: ["email"] }])

export default PartnerInvitation
