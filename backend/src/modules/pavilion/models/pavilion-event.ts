import { model } from "@medusajs/framework/utils"
import { EVENT_PLACES, PUBLICATION_STATUSES } from "../constants"

/**
 * A tasting, exhibition day or festival livestream: when (stored in UTC, given
 * and shown in Beijing time), where (the Guangzhou centre or online, with the
 * stream's address), its text in both languages and the products it presents.
 */
const PavilionEvent = model
  .define("pavilion_event", {
    id: model.id({ prefix: "pev" }).primaryKey(),
    title: model.json(),
    body: model.json(),
    starts_at: model.dateTime(),
    ends_at: model.dateTime(),
    place: model.enum([...EVENT_PLACES]),
    online_url: model.text().nullable(),
    product_ids: model.array(),
    status: model.enum([...PUBLICATION_STATUSES]).default("draft"),
    boundary_checked_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["status", "ends_at"] }])

export default PavilionEvent
