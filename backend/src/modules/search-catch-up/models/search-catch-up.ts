import { model } from "@medusajs/framework/utils"

/**
 * Index writes that could not reach the search engine, kept in PostgreSQL so
 * that every process sees them: the one that missed a write (a server, a
 * worker, one that has since stopped) is often not the one that catches up.
 * One row per engine; a catch-up is due while `missed_writes` is ahead of
 * `caught_up_to`, the count the last successful rebuild started from.
 */
const SearchCatchUp = model.define("search_catch_up", {
  id: model.text().primaryKey(),
  missed_writes: model.number().default(0),
  caught_up_to: model.number().default(0),
})

export default SearchCatchUp
