import { model } from "@medusajs/framework/utils"

/**
 * One thing the catalog seed created, named by the seed's own key for it (`product:<handle>`, `promotion:<code>`,
 * `store:settings`...). A thing is created once: recorded here, it is never created again, even after staff delete
 * it, and the seed never changes what exists. `seed:finished` records a catalog seed that ran to its end.
 */
const SeedRecord = model.define("seed_record", {
  id: model.text().primaryKey(),
  /** The id of what was created, when it has one. */
  entity_id: model.text().nullable(),
})

export default SeedRecord
