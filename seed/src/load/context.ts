import type { Link } from "@medusajs/framework/modules-sdk"
import type { MedusaContainer, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SeedLedger } from "./ledger"

type Logger = { info: (msg: string) => void; warn: (msg: string) => void }

/** What every seeding step shares: the container, the ledger of what the seed created, and the ids earlier steps produced. */
export interface SeedContext {
  container: MedusaContainer
  logger: Logger
  query: Omit<RemoteQueryFunction, symbol>
  link: Link
  ledger: SeedLedger
  ids: {
    salesChannel: string
    regions: { china: string; international: string }
    locations: { tashkent: string; guangzhou: string }
    profiles: { cross_border: string; domestic: string }
    categories: Record<string, string>
    collections: Record<string, string>
    exporters: Record<string, string>
    products: Record<string, string>
  }
}

export function createContext(container: MedusaContainer): SeedContext {
  return {
    container,
    logger: container.resolve(ContainerRegistrationKeys.LOGGER),
    query: container.resolve(ContainerRegistrationKeys.QUERY),
    link: container.resolve(ContainerRegistrationKeys.LINK),
    ledger: new SeedLedger(container),
    ids: {
      salesChannel: "",
      regions: { china: "", international: "" },
      locations: { tashkent: "", guangzhou: "" },
      profiles: { cross_border: "", domestic: "" },
      categories: {},
      collections: {},
      exporters: {},
      products: {},
    },
  }
}

/** Looks entities up by a unique field and returns value → id, so steps create only what is missing. */
export async function existing(ctx: SeedContext, entity: string, field: string, values: string[]): Promise<Record<string, string>> {
  if (!values.length) return {}
  const { data } = await ctx.query.graph({ entity, fields: ["id", field], filters: { [field]: values } })
  return Object.fromEntries((data as Record<string, string>[]).map((row) => [row[field], row.id]))
}
