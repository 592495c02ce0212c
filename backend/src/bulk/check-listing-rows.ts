import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CONTENT_FIELDS, CONTENT_LOCALES, DEFAULT_OPTION } from "../modules/listing/constants"
import { ListingInput } from "../modules/listing/schema"
import type { PartnerLocale } from "../modules/partner-access/constants"
import { exporterProductIds } from "../utils/exporter-scope"
import { listingSnapshots, type ListingSnapshot } from "../utils/listings"
import { TRADE_COLUMNS } from "./columns"
import { bulkMessage } from "./messages"
import { zodProblems, type RowProblem } from "./problems"
import type { SheetRow } from "./spreadsheet"

/** What one good row of a listings file will do: create a draft, or change one of the exporter's listings. */
interface ListingRowPlan {
  row: number
  product_id: string | null
  input: ListingInput
}

type Row = Record<string, any>

const YES = ["yes", "y", "true", "1", "ha", "да", "是"]
const NO = ["no", "n", "false", "0", "yo'q", "нет", "否", ""]
const list = (cell: string) =>
  cell
    .split(/[,;，、]/)
    .map((v) => v.trim().toLowerCase())
    .filter(Boolean)

/** A cell as a number, or a problem naming the column; blank is undefined. */
function numberCell(
  cells: Record<string, string>,
  column: string,
  integer: boolean,
  problems: Omit<RowProblem, "row">[],
  locale: PartnerLocale,
) {
  const text = (cells[column] ?? "").replace(/\s/g, "").replace(",", ".")
  if (!text) return undefined
  const value = Number(text)
  if (!Number.isFinite(value) || (integer && !Number.isInteger(value))) {
    problems.push({ column, message: bulkMessage(locale, integer ? "integer" : "number", { value: cells[column] }) })
    return undefined
  }
  return value
}

/** The trade profile a row writes, when any trade column has a value (then it is the whole profile, as in the portal). */
function tradeOf(cells: Record<string, string>, problems: Omit<RowProblem, "row">[], locale: PartnerLocale): Row | undefined {
  if (!TRADE_COLUMNS.some((c) => cells[c])) return undefined
  const indivisible = (cells.indivisible ?? "").toLowerCase()
  if (!YES.includes(indivisible) && !NO.includes(indivisible))
    problems.push({ column: "indivisible", message: bulkMessage(locale, "one_of", { values: "yes, no" }) })
  const blankToNull = (c: string) => cells[c] || null
  return {
    origin_region: cells.origin_region?.toLowerCase() || undefined,
    manufacturer: cells.manufacturer || undefined,
    hs_code: cells.hs_code?.replace(/[\s.]/g, "") || undefined,
    vat_rate: numberCell(cells, "vat_rate", true, problems, locale),
    stock_origin: cells.stock_origin?.toLowerCase() || undefined,
    shelf_life_days: numberCell(cells, "shelf_life_days", true, problems, locale) ?? null,
    storage: blankToNull("storage"),
    allergens: list(cells.allergens ?? ""),
    certificates: list(cells.certificates ?? ""),
    gacc_registration_number: cells.gacc_registration_number?.toUpperCase() || null,
    indivisible: YES.includes(indivisible),
    label_zh: blankToNull("label_zh"),
  }
}

/**
 * Checks every row of a listings file against everything an import would
 * meet, without writing: the schema the API validates with, the exporter's
 * own listings (an id of anyone else's is "none of yours", exactly like an id
 * that does not exist), categories, SKUs (in the file and in the shop), and
 * what the listing workflows would refuse (stock without a stock origin, price
 * or stock of a listing with several variants). A blank cell leaves a field
 * as it is.
 */
export async function checkListingRows(scope: MedusaContainer, exporterId: string, rows: SheetRow[], locale: PartnerLocale) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const own = new Set(await exporterProductIds(scope, exporterId))
  const named = [...new Set(rows.map((r) => r.cells.id).filter((id) => id && own.has(id)))]
  const skus = [...new Set(rows.map((r) => r.cells.sku).filter(Boolean))]
  const [snapshots, { data: categories }, { data: taken }] = await Promise.all([
    listingSnapshots(scope, named),
    query.graph({ entity: "product_category", fields: ["id", "handle"], filters: { is_internal: false } }),
    skus.length
      ? query.graph({ entity: "product_variant", fields: ["sku", "product_id"], filters: { sku: skus } })
      : Promise.resolve({ data: [] as Row[] }),
  ])
  const snapshotById = new Map<string, ListingSnapshot>(snapshots.map((s) => [s.id, s]))
  const categoryByHandle = new Map((categories as Row[]).map((c) => [String(c.handle).toLowerCase(), c.id as string]))
  const skuOwner = new Map((taken as Row[]).map((v) => [v.sku as string, v.product_id as string]))
  const firstRowOf = { id: new Map<string, number>(), sku: new Map<string, number>() }

  const problems: RowProblem[] = []
  const plans: ListingRowPlan[] = []
  for (const { row, cells } of rows) {
    const found: Omit<RowProblem, "row">[] = []
    const id = cells.id || null
    const snapshot = id ? snapshotById.get(id) : undefined
    if (id && !snapshot) found.push({ column: "id", message: bulkMessage(locale, "unknown_listing", { value: id }) })
    for (const key of ["id", "sku"] as const) {
      const value = cells[key]
      if (!value) continue
      const first = firstRowOf[key].get(value)
      if (first) found.push({ column: key, message: bulkMessage(locale, "duplicate", { value, row: first }) })
      else firstRowOf[key].set(value, row)
    }
    if (cells.sku && skuOwner.has(cells.sku) && skuOwner.get(cells.sku) !== id)
      found.push({ column: "sku", message: bulkMessage(locale, "sku_taken", { value: cells.sku }) })

    const content: Row = {}
    for (const l of CONTENT_LOCALES) for (const f of CONTENT_FIELDS) if (cells[`${f}_${l}`]) (content[l] ??= {})[f] = cells[`${f}_${l}`]
    const input: Row = {}
    if (Object.keys(content).length) input.content = content
    if (cells.category) {
      const categoryId = categoryByHandle.get(cells.category.toLowerCase())
      if (categoryId) input.category_id = categoryId
      else found.push({ column: "category", message: bulkMessage(locale, "unknown_category", { value: cells.category }) })
    }
    const trade = tradeOf(cells, found, locale)
    if (trade) input.trade = trade
    const price = numberCell(cells, "price_cny", false, found, locale)
    const stock = numberCell(cells, "stocked_quantity", true, found, locale)
    const variantGiven = !!cells.sku || price !== undefined || stock !== undefined
    const stockOrigin = trade?.stock_origin ?? snapshot?.trade?.stock_origin
    if (stock !== undefined && !stockOrigin) found.push({ column: "stock_origin", message: bulkMessage(locale, "required") })

    if (!id) {
      if (!CONTENT_LOCALES.some((l) => content[l]?.title)) found.push({ column: "title_zh-CN", message: bulkMessage(locale, "required") })
      // One variant on Medusa's placeholder option, as a listing created without options gets (the portal hides it).
      if (variantGiven) input.options = [DEFAULT_OPTION]
      if (variantGiven)
        input.variants = [
          {
            title: "Default",
            options: { [DEFAULT_OPTION.title]: DEFAULT_OPTION.values[0] },
            ...(cells.sku ? { sku: cells.sku } : {}),
            ...(price !== undefined ? { price_cny: price } : {}),
            ...(stock !== undefined ? { stocked_quantity: stock } : {}),
          },
        ]
    } else if (snapshot && variantGiven) {
      if (snapshot.variants.length !== 1) {
        found.push({
          column: cells.sku ? "sku" : price !== undefined ? "price_cny" : "stocked_quantity",
          message: bulkMessage(locale, "several_variants", { count: snapshot.variants.length }),
        })
      } else {
        const v = snapshot.variants[0]
        input.variants = [
          {
            id: v.id,
            title: v.title,
            sku: cells.sku || v.sku,
            options: v.options,
            price_cny: price ?? v.price_cny,
            ...(stock !== undefined ? { stocked_quantity: stock } : {}),
          },
        ]
      }
    }
    if (id && snapshot && !Object.keys(input).length) found.push({ column: "id", message: bulkMessage(locale, "nothing_to_change") })

    const parsed = ListingInput.safeParse(input)
    if (!parsed.success) found.push(...zodProblems(row, input, parsed.error, locale))
    if (found.length) problems.push(...found.map((p) => ({ row, ...p })))
    else plans.push({ row, product_id: snapshot?.id ?? null, input: parsed.data! })
  }
  return { problems, plans }
}
