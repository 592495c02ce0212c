import { taxName } from "../modules/cross-border-tax/names"

/**
 * The figures a buyer sees, in fen, from Medusa's totals of a cart or order.
 *
 * Medusa computes totals exactly and rounds nothing: a ¥30 discount spread
 * over lines of ¥88 and ¥128 gives ¥12.2222… and ¥17.7777…, and 6.3% of a
 * discounted line has a fraction of a fen. Printing each figure rounded on
 * its own made lines that did not add up to the total. Here every figure is
 * in whole fen and they add up exactly:
 *
 *   goods (unit price × quantity, summed) + shipping − discounts + taxes = total
 *
 * The total is Medusa's total rounded to the fen (what the payment charges);
 * goods and shipping are whole fen already (prices are in fen); discounts are
 * Medusa's discounts rounded to the fen; taxes are what is left (or, in a cart
 * without tax, the discount is), so each differs from Medusa's figure by at
 * most a fen. Each of these is shared among
 * lines, shipping methods, promotions and taxes by largest remainder, so every
 * breakdown adds up too. All figures are before tax except the taxes: the
 * discount is never shown with its tax folded in.
 */

/** Totals arrive as numbers, strings, raw `{ value }` objects or BigNumber instances, depending on the path. */
type Num = number | string | { numeric?: number; value?: string } | null | undefined
export const num = (v: unknown): number => {
  const n = v as Num
  if (n == null) return 0
  if (typeof n !== "object") return Number(n)
  if (typeof n.numeric === "number") return n.numeric
  return Number(n.value ?? 0)
}

interface TaxLineRow {
  code?: string | null
  rate?: unknown
}
interface AdjustmentRow {
  code?: string | null
  amount?: unknown
  is_tax_inclusive?: boolean | null
}
interface ChargeRow {
  id: string
  subtotal?: unknown
  discount_subtotal?: unknown
  tax_lines?: (TaxLineRow | null)[] | null
  adjustments?: (AdjustmentRow | null)[] | null
}
export interface TotalsRow {
  currency_code: string
  total?: unknown
  items?: ((ChargeRow & { quantity?: unknown; unit_price?: unknown }) | null)[] | null
  shipping_methods?: ((ChargeRow & { name?: string | null }) | null)[] | null
}

/** Fields to ask Query for, on a cart or an order, to build its receipt. */
export const RECEIPT_FIELDS = [
  "currency_code",
  "total",
  "items.id",
  "items.quantity",
  "items.unit_price",
  "items.subtotal",
  "items.discount_subtotal",
  "items.tax_lines.code",
  "items.tax_lines.rate",
  "items.adjustments.code",
  "items.adjustments.amount",
  "items.adjustments.is_tax_inclusive",
  "shipping_methods.id",
  "shipping_methods.name",
  "shipping_methods.subtotal",
  "shipping_methods.discount_subtotal",
  "shipping_methods.tax_lines.code",
  "shipping_methods.tax_lines.rate",
  "shipping_methods.adjustments.code",
  "shipping_methods.adjustments.amount",
  "shipping_methods.adjustments.is_tax_inclusive",
]

export interface ReceiptLine {
  id: string
  quantity: number
  unit_price: number
  /** Unit price × quantity (the shop's prices are before tax). */
  subtotal: number
  discount: number
  tax: number
  total: number
}
interface ReceiptShipping {
  id: string
  name: string
  subtotal: number
  discount: number
  tax: number
  total: number
}
export interface ReceiptPart {
  code: string
  name: string
  amount: number
}
export interface Receipt {
  currency_code: string
  lines: ReceiptLine[]
  item_subtotal: number
  shipping: ReceiptShipping[]
  shipping_subtotal: number
  /** Goods and shipping discounts, before tax. */
  discount_total: number
  /** The discount by promotion code (names are the caller's to add: they live in the promotions). */
  discounts: ReceiptPart[]
  tax_total: number
  /** The tax by kind (its code), named in the receipt's language. */
  taxes: ReceiptPart[]
  total: number
}

/**
 * Fen from yuan, halves away from zero, as the payment provider rounds a total (67.405 → 67.41): on the decimal
 * the double stands for, so that the 6740.4999… of 67.405 × 100 is the 6740.5 it means.
 */
const toFen = (cny: number) => {
  const fen = Number((cny * 100).toPrecision(15))
  return Math.sign(fen) * Math.round(Math.abs(fen))
}
const toYuan = (fen: number) => fen / 100

/**
 * Whole fen for each of `raw` (in fen, with fractions) summing exactly to `target`:
 * the floors, then a fen more for the largest remainders (or a fen less for the smallest).
 */
export function apportion(raw: number[], target: number): number[] {
  const floors = raw.map((v) => Math.floor(v + 1e-9))
  let left = target - floors.reduce((a, b) => a + b, 0)
  const order = raw.map((v, i) => ({ i, remainder: v - floors[i] }))
  if (left > 0) order.sort((a, b) => b.remainder - a.remainder || a.i - b.i)
  else order.sort((a, b) => a.remainder - b.remainder || a.i - b.i)
  const result = [...floors]
  for (let k = 0; left !== 0 && order.length; k = (k + 1) % order.length) {
    result[order[k].i] += Math.sign(left)
    left -= Math.sign(left)
  }
  return result
}

interface Charge {
  id: string
  subtotalFen: number
  /** Discount before tax, in fen with fractions, and its share per promotion code. */
  discountRaw: number
  discountByCode: Map<string, number>
  /** Tax in fen with fractions, per tax code. */
  taxByCode: Map<string, number>
}

function charge(row: ChargeRow, subtotal: number): Charge {
  const discount = num(row.discount_subtotal)
  const taxable = subtotal - discount
  const taxLines = (row.tax_lines ?? []).filter((t): t is TaxLineRow => !!t)
  const rateSum = taxLines.reduce((sum, t) => sum + num(t.rate), 0)
  const taxByCode = new Map<string, number>()
  for (const t of taxLines) {
    const code = t.code ?? "TAX"
    // yuan × percent = fen
    taxByCode.set(code, (taxByCode.get(code) ?? 0) + taxable * num(t.rate))
  }
  // Adjustments entered with tax included count without it, as Medusa counts them; the line's discount is shared by code.
  const adjustments = (row.adjustments ?? []).filter((a): a is AdjustmentRow => !!a)
  const exTax = adjustments.map((a) => (a.is_tax_inclusive ? num(a.amount) / (1 + rateSum / 100) : num(a.amount)))
  const exTaxSum = exTax.reduce((a, b) => a + b, 0)
  const discountByCode = new Map<string, number>()
  adjustments.forEach((a, i) => {
    const code = a.code ?? ""
    const share = exTaxSum > 0 ? exTax[i] / exTaxSum : 1 / adjustments.length
    discountByCode.set(code, (discountByCode.get(code) ?? 0) + discount * 100 * share)
  })
  return { id: row.id, subtotalFen: toFen(subtotal), discountRaw: discount * 100, discountByCode, taxByCode }
}

export function receipt(row: TotalsRow, locale: string | null | undefined): Receipt {
  const items = (row.items ?? []).filter((i): i is NonNullable<typeof i> => !!i)
  const methods = (row.shipping_methods ?? []).filter((m): m is NonNullable<typeof m> => !!m)
  const itemCharges = items.map((i) => charge(i, num(i.subtotal)))
  const shippingCharges = methods.map((m) => charge(m, num(m.subtotal)))
  const charges = [...itemCharges, ...shippingCharges]

  const itemSubtotal = itemCharges.reduce((sum, c) => sum + c.subtotalFen, 0)
  const shippingSubtotal = shippingCharges.reduce((sum, c) => sum + c.subtotalFen, 0)
  const total = toFen(num(row.total))
  // Whatever rounding leaves goes to the taxes, or to the discount when nothing is taxed.
  const taxed = charges.some((c) => c.taxByCode.size > 0)
  const discountTotal = taxed ? toFen(charges.reduce((sum, c) => sum + c.discountRaw, 0) / 100) : itemSubtotal + shippingSubtotal - total
  const taxTotal = taxed ? total - itemSubtotal - shippingSubtotal + discountTotal : 0

  // Discounts and taxes shared in fen among (charge, code) pairs, then summed per charge and per code.
  const share = (pick: (c: Charge) => Map<string, number>, target: number) => {
    const pairs = charges.flatMap((c, ci) => [...pick(c)].map(([code, raw]) => ({ ci, code, raw })))
    const fen = apportion(
      pairs.map((p) => p.raw),
      pairs.length ? target : 0,
    )
    const perCharge = charges.map(() => 0)
    const perCode = new Map<string, number>()
    pairs.forEach((p, k) => {
      perCharge[p.ci] += fen[k]
      perCode.set(p.code, (perCode.get(p.code) ?? 0) + fen[k])
    })
    return { perCharge, perCode }
  }
  const discounts = share((c) => c.discountByCode, discountTotal)
  const taxes = share((c) => c.taxByCode, taxTotal)
  const line = (c: Charge, ci: number) => ({
    id: c.id,
    subtotal: toYuan(c.subtotalFen),
    discount: toYuan(discounts.perCharge[ci]),
    tax: toYuan(taxes.perCharge[ci]),
    total: toYuan(c.subtotalFen - discounts.perCharge[ci] + taxes.perCharge[ci]),
  })

  return {
    currency_code: row.currency_code,
    lines: itemCharges.map((c, ci) => ({ ...line(c, ci), quantity: num(items[ci].quantity), unit_price: num(items[ci].unit_price) })),
    item_subtotal: toYuan(itemSubtotal),
    shipping: shippingCharges.map((c, k) => ({ ...line(c, itemCharges.length + k), name: methods[k].name ?? "" })),
    shipping_subtotal: toYuan(shippingSubtotal),
    discount_total: toYuan(discountTotal),
    discounts: [...discounts.perCode].filter(([, fen]) => fen !== 0).map(([code, fen]) => ({ code, name: code, amount: toYuan(fen) })),
    tax_total: toYuan(taxTotal),
    taxes: [...taxes.perCode]
      .filter(([, fen]) => fen !== 0)
      .map(([code, fen]) => ({ code, name: taxName(code, locale), amount: toYuan(fen) })),
    total: toYuan(total),
  }
}
