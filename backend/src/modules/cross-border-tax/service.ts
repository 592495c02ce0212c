import type { ITaxProvider, RemoteQueryFunction, TaxTypes } from "@medusajs/framework/types"

/** 70% of the VAT rate: the comprehensive tax of China's cross-border retail imports within the limits (duty 0%). */
export const comprehensiveRate = (vatRate: number) => Math.round(vatRate * 7) / 10

export const CROSS_BORDER_TAX_CODE = "CBEC_COMPREHENSIVE"

type Cradle = { query: Omit<RemoteQueryFunction, symbol> }

/**
 * Tax for the China region: a cross-border line pays the comprehensive tax of
 * its product's VAT class (9% → 6.3%, 13% → 9.1%) as a line of its own;
 * domestic-stock lines get none, their price already includes Chinese VAT.
 * The VAT class comes from the product's trade profile, read through Query
 * (the tax module is given `query` as a dependency in medusa-config.ts).
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
    _shippingLines: TaxTypes.ShippingTaxCalculationLine[],
    _context: TaxTypes.TaxCalculationContext
  ): Promise<(TaxTypes.ItemTaxLineDTO | TaxTypes.ShippingTaxLineDTO)[]> {
    const productIds = [...new Set(itemLines.map((l) => l.line_item.product_id).filter(Boolean))]
    if (!productIds.length) return []
    const { data: products } = await this.query.graph({
      entity: "product",
      fields: ["id", "trade_profile.stock_origin", "trade_profile.vat_rate"],
      filters: { id: productIds },
    })
    const vatOf = new Map<string, number>(
      products
        .filter((p: any) => p.trade_profile?.stock_origin === "cross_border")
        .map((p: any) => [p.id, Number(p.trade_profile.vat_rate)])
    )
    return itemLines.flatMap((line) => {
      const vat = vatOf.get(line.line_item.product_id)
      if (vat === undefined) return []
      return [
        {
          rate: comprehensiveRate(vat),
          code: CROSS_BORDER_TAX_CODE,
          name: "跨境综合税",
          line_item_id: line.line_item.id,
          provider_id: this.getIdentifier(),
        },
      ]
    })
  }
}
