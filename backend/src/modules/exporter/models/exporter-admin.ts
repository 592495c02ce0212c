import { model } from "@medusajs/framework/utils"
import Exporter from "./exporter"

/** A person who signs in to the exporter portal on behalf of one exporter. */
const ExporterAdmin = model.define("exporter_admin", {
  id: model.id({ prefix: "expadm" }).primaryKey(),
  email: model.text().unique(),
  first_name: model.text().nullable(),
  last_name: model.text().nullable(),
  exporter: model.belongsTo(() => Exporter, { mappedBy: "admins" }),
})

export default ExporterAdmin
