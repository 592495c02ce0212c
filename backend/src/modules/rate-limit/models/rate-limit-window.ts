import { model } from "@medusajs/framework/utils"

/** How many attempts one key (an action and who makes it) made in one fixed window of time. */
const RateLimitWindow = model
  .define("rate_limit_window", {
    /** `<key>@<window start in epoch seconds>` */
    id: model.text().primaryKey(),
    key: model.text(),
    window_start: model.dateTime(),
    hits: model.number().default(0),
  })
  .indexes([{ on: ["window_start"] }])

export default RateLimitWindow
