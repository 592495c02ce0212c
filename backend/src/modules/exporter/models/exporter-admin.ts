import { model } from "@medusajs/framework/utils"
import { PARTNER_LOCALES, PARTNER_ROLES } from "../../partner-access/constants"
import Exporter from "./exporter"

/**
 * A person who signs in to the exporter portal on behalf of one exporter: the
 * `exporter` auth actor (its auth identity's `app_metadata.exporter_id` is this
 * id). The owner invites and removes colleagues; members manage listings.
 */
const ExporterAdmin = model.define("exporter_admin", {
  id: model.id({ prefix: "expadm" }).primaryKey(),
  email: model.text().unique(),
  first_name: model.text().nullable(),
  last_name: model.text().nullable(),
  role: model.enum([...PARTNER_ROLES]).default("member"),
  /** The language of the portal and of every e-mail this person gets. */
  locale: model.enum([...PARTNER_LOCALES]).default("uz"),
  exporter: model.belongsTo(() => Exporter, { mappedBy: "admins" }),
})

export default ExporterAdmin
