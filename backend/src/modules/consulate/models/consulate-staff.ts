import { model } from "@medusajs/framework/utils"
import { PARTNER_LOCALES, PARTNER_ROLES } from "../../partner-access/constants"

/**
 * A member of the consulate's staff who runs campaigns from the partner
 * portal: the `consulate` auth actor (its auth identity's
 * `app_metadata.consulate_id` is this id). Invited by Bozor's operators only;
 * an operator can suspend a member, who is then refused on every /consulate
 * route whatever tokens they hold.
 */
const ConsulateStaff = model.define("consulate_staff", {
  id: model.id({ prefix: "cstaff" }).primaryKey(),
  email: model.text().unique(),
  first_name: model.text().nullable(),
  last_name: model.text().nullable(),
  role: model.enum([...PARTNER_ROLES]).default("member"),
  /** The language of the console and of every e-mail this person gets. */
  locale: model.enum([...PARTNER_LOCALES]).default("ru"),
  suspended: model.boolean().default(false),
  suspended_at: model.dateTime().nullable(),
  suspension_reason: model.text().nullable(),
})

export default ConsulateStaff
