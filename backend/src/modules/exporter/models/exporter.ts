import { model } from "@medusajs/framework/utils"
import { ORIGIN_REGIONS } from "../../trade/constants"
import ExporterAdmin from "./exporter-admin"

/** An Uzbek company selling through Bozor. Names and story are translated through the Translation Module. */
const Exporter = model
  .define("exporter", {
    id: model.id({ prefix: "exp" }).primaryKey(),
    handle: model.text().unique(),
    name: model.text().searchable().translatable(),
    region: model.enum([...ORIGIN_REGIONS]),
    city: model.text().translatable(),
    founded_year: model.number().nullable(),
    story: model.text().translatable().nullable(),
    contact_email: model.text(),
    contact_phone: model.text(),
    website: model.text().nullable(),
    gacc_registration_number: model.text().nullable(),
    verified: model.boolean().default(false),
    /** Set by operators: the exporter's people are refused on every portal route until it is lifted. */
    suspended: model.boolean().default(false),
    suspended_at: model.dateTime().nullable(),
    suspension_reason: model.text().nullable(),
    /** Bozor's commission on the exporter's net sales in basis points (1500 = 15 %), set by operators; shown on statements. */
    commission_bps: model.number().default(1500),
    logo_url: model.text().nullable(),
    brand_color: model.text().nullable(),
    admins: model.hasMany(() => ExporterAdmin, { mappedBy: "exporter" }),
  })
  .cascades({ delete: ["admins"] })

export default Exporter
