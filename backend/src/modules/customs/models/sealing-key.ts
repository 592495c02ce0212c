import { model } from "@medusajs/framework/utils"

/**
 * The fingerprint (key id) of every key that sealed ID numbers or keyed their
 * digests here. The module refuses to start when a key still in use is not
 * configured: a changed or lost key would make stored numbers unreadable and
 * reset every buyer's annual quota without a word.
 */
const SealingKey = model.define("customs_sealing_key", {
  id: model.text().primaryKey(),
  /** Set once `customs:reseal` moved every value to a newer key: this one may then be dropped. */
  retired_at: model.dateTime().nullable(),
})

export default SealingKey
