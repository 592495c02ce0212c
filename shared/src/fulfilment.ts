/**
 * Where a product's stock is decides how it reaches the buyer and which of China's rules apply: cross-border goods
 * ship from the Tashkent export warehouse by direct mail; domestic goods are already cleared at the Guangzhou
 * exhibition centre.
 */
export const STOCK_ORIGINS = ["cross_border", "domestic"] as const
export type StockOrigin = (typeof STOCK_ORIGINS)[number]

/**
 * How goods reach a buyer: each mode is the code of a shipping option type (the seed creates one option per mode),
 * sends the stock of one origin, to one of the shop's zones. Only a parcel from abroad into mainland China is
 * cross-border retail import (customs mode 9610), under China's limits, real-name rule and comprehensive tax;
 * the same Tashkent stock mailed to the International region is an export to another country, and Guangzhou
 * stock is cleared already.
 */
export const FULFILMENT_MODE_DETAILS = {
  cross_border_mail: { stockOrigin: "cross_border", zone: "china", chinaCrossBorderRetail: true },
  international_mail: { stockOrigin: "cross_border", zone: "international", chinaCrossBorderRetail: false },
  gz_pickup: { stockOrigin: "domestic", zone: "china", chinaCrossBorderRetail: false },
  gz_express: { stockOrigin: "domestic", zone: "china", chinaCrossBorderRetail: false },
} as const satisfies Record<string, { stockOrigin: StockOrigin; zone: "china" | "international"; chinaCrossBorderRetail: boolean }>

export type FulfilmentMode = keyof typeof FULFILMENT_MODE_DETAILS
export const FULFILMENT_MODES = Object.keys(FULFILMENT_MODE_DETAILS) as FulfilmentMode[]

const detailsOf = (mode: string | null | undefined) =>
  mode && Object.prototype.hasOwnProperty.call(FULFILMENT_MODE_DETAILS, mode) ? FULFILMENT_MODE_DETAILS[mode as FulfilmentMode] : undefined

/** Every mode that sends stock of this origin, whatever the destination. */
export const fulfilmentModesFrom = (origin: StockOrigin): FulfilmentMode[] =>
  FULFILMENT_MODES.filter((m) => FULFILMENT_MODE_DETAILS[m].stockOrigin === origin)

/**
 * The modes a product lists (its trade profile, the search facet): how a buyer in mainland China, the shop's market,
 * receives goods of this origin.
 */
export const FULFILMENT_MODES_BY_ORIGIN: Record<StockOrigin, FulfilmentMode[]> = {
  cross_border: fulfilmentModesFrom("cross_border").filter((m) => FULFILMENT_MODE_DETAILS[m].zone === "china"),
  domestic: fulfilmentModesFrom("domestic").filter((m) => FULFILMENT_MODE_DETAILS[m].zone === "china"),
}

/** Whether a shipping option of this mode mails goods from the Tashkent export warehouse (an unknown mode does not). */
export const shipsFromAbroad = (mode: string | null | undefined) => detailsOf(mode)?.stockOrigin === "cross_border"

/** Whether China's cross-border retail rules (limits, real name, comprehensive tax) apply to a parcel of this mode. */
export const isChinaCrossBorderRetail = (mode: string | null | undefined) => detailsOf(mode)?.chinaCrossBorderRetail === true
