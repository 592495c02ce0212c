import { MedusaModule } from "@medusajs/framework/modules-sdk"
import type { IEventBusModuleService, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { config as revalidation } from "../../../backend/src/subscribers/storefront-revalidation"

/** Medusa's subscriber that feeds search indexes from the events their definitions declare (@medusajs/medusa). */
const SEARCH_INGESTION = "search-ingestion"

/**
 * A load follows none of the events that keep search and the storefront's page cache in step: each of its
 * thousands of product, variant, stock and translation events would cost an index write and a revalidation. Called
 * inside `medusa exec`, this takes those two subscribers off the event bus of the loader's own process only (the
 * running shop keeps them); the loader rebuilds the search index once at the end. A subscriber that is not there
 * fails loudly, so a Medusa upgrade that renames one cannot quietly make loads slow again.
 */
export function pauseEventSync(container: MedusaContainer) {
  const eventBus = container.resolve<IEventBusModuleService & { eventToSubscribersMap: Map<string, { id: string }[]> }>(Modules.EVENT_BUS)
  const searchEvents = [...new Set(MedusaModule.getSearchIndexes().flatMap((index) => index.events ?? []))]
  const subscribers: [string, string[]][] = [
    [SEARCH_INGESTION, searchEvents],
    [revalidation.context!.subscriberId!, [revalidation.event].flat()],
  ]
  for (const [subscriberId, events] of subscribers) {
    for (const event of events) {
      if (!eventBus.eventToSubscribersMap.get(event)?.some((s) => s.id === subscriberId)) {
        throw new Error(`The subscriber "${subscriberId}" does not listen to ${event} in this process: nothing to pause.`)
      }
      eventBus.unsubscribe(event, noop, { subscriberId })
    }
  }
}

const noop = async () => {}
