import type { ITaxProvider, RemoteQueryFunction, TaxTypes } from "@medusajs/framework/types"
import { taxName, TAX_CODES } from "./names"
import { comprehensiveRate, type CrossBorderTaxBasis, type TaxRate } from "./rates"

export { comprehensiveRate }

type Cradle = { query: Omit<RemoteQueryFunction, symbol> }

/**
 * Tax for the China region (rules in rates.ts): cross-border lines and the
 * freight of their parcel pay the comprehensive tax, or general-trade duty and
 * VAT for one indivisible item over the per-order limit; domestic-stock lines
 * pay none, their price already includes Chinese VAT.
 *
 * A cart's rates depend on the whole cart (is it one item? over the limit?),
 * so the cart's tax context carries them: workflows/hooks/cross-border-tax-context.ts
 * computes them from the cart as `additional_context.cross_border`. Without that
 * context (tax lines of an order being edited), a cross-border line gets the
 * comprehensive rate of its product's VAT class, read through Query (the tax
 * module is given `query` in medusa-config.ts).
 *
 * Names are in the cart's language (taxName): a provider without tax rates in
 * the database translates its own lines, Medusa's translation step cannot.
 */
export default class CrossBorderTaxProvider implements ITaxProvider {
  static identifier = "cross-border"
  private readonly query: Cradle["query"]

  constructor({ query }: Cradle) {
    this.query = query
  }

  getIdentifier() {
    return CrossBorderTaxProvider.identifier
  }

  async getTaxLines(
    itemLines: TaxTypes.ItemTaxCalculationLine[],
    shippingLines: TaxTypes.ShippingTaxCalculationLine[],
    context: TaxTypes.TaxCalculationContext,
  ): Promise<(TaxTypes.ItemTaxLineDTO | TaxTypes.ShippingTaxLineDTO)[]> {
    const basis = context.additional_context?.cross_border as CrossBorderTaxBasis | undefined
    const itemRates = basis ? new Map(Object.entries(basis.items)) : await this.ratesByProduct(itemLines)
    const named = (r: TaxRate) => ({ rate: r.rate, code: r.code, name: taxName(r.code, context.locale), provider_id: this.getIdentifier() })
    return [
      ...itemLines.flatMap((line) =>
        (itemRates.get(basis ? line.line_item.id : line.line_item.product_id) ?? []).map((r) => ({
          ...named(r),
          line_item_id: line.line_item.id,
        })),
      ),
      ...shippingLines.flatMap((line) =>
        (basis?.shipping[line.shipping_line.id] ?? []).map((r) => ({ ...named(r), shipping_line_id: line.shipping_line.id })),
      ),
    ]
  }

  /** The comprehensive rate of each cross-border product, by product id. */
  private async ratesByProduct(itemLines: TaxTypes.ItemTaxCalculationLine[]): Promise<Map<string, TaxRate[]>> {
    const productIds = [...new Set(itemLines.map((l) => l.line_item.product_id).filter(Boolean))]
    if (!productIds.length) return new Map()
    const { data: products } = await this.query.graph({
      entity: "product",
      fields: ["id", "trade_profile.stock_origin", "trade_profile.vat_rate"],
      filters: { id: productIds },
    })
    return new Map(
      products
        .filter((p: any) => p.trade_profile?.stock_origin === "cross_border")
        .map((p: any) => [p.id, [{ code: TAX_CODES.comprehensive, rate: comprehensiveRate(Number(p.trade_profile.vat_rate)) }]]),
    )
  }
}
