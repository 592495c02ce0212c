import { decorateCartTotals } from "@medusajs/framework/utils"
import { describe, expect, it } from "vitest"
import { comprehensiveRates, crossBorderTaxBasis, generalTradeRates, type TaxBasisLine } from "../../src/modules/cross-border-tax/rates"
import { tariffOf } from "../../src/modules/trade/tariff"
import { receipt } from "../../src/utils/receipt"

const line = (item_id: string, amount: number, over: Partial<TaxBasisLine> = {}): TaxBasisLine => ({
  item_id,
  amount,
  quantity: 1,
  cross_border: true,
  indivisible: false,
  vat_rate: 9,
  hs_code: "0409000000",
  ...over,
})
const mail = (amount = 25) => [{ shipping_method_id: "mail", amount }]
const bag = (amount: number) => line("bag", amount, { indivisible: true, vat_rate: 13, hs_code: "4202119090" })

describe("duty by HS code", () => {
  it("takes the most specific heading the tariff table has", () => {
    expect(tariffOf("0409000000")).toEqual({ duty: 15, consumption: 0 })
    expect(tariffOf("0802310000")).toEqual({ duty: 25, consumption: 0 })
    expect(tariffOf("0802320000")).toEqual({ duty: 20, consumption: 0 })
    expect(tariffOf("0813409000")).toEqual({ duty: 25, consumption: 0 })
    expect(tariffOf("0813401000")).toEqual({ duty: 20, consumption: 0 })
    expect(tariffOf("6403990090")).toEqual({ duty: 8, consumption: 0 })
    expect(tariffOf("9999999999")).toBeNull()
    expect(tariffOf(null)).toBeNull()
  })
})

describe("rates", () => {
  it("comprehensive tax: 70% of VAT, no duty (9% → 6.3%, 13% → 9.1%)", () => {
    expect(comprehensiveRates(9)).toEqual([{ code: "CBEC_COMPREHENSIVE", rate: 6.3 }])
    expect(comprehensiveRates(13)).toEqual([{ code: "CBEC_COMPREHENSIVE", rate: 9.1 }])
  })

  it("general trade: duty in full, and VAT on the value plus the duty", () => {
    expect(generalTradeRates(13, { duty: 6, consumption: 0 })).toEqual([
      { code: "CN_IMPORT_DUTY", rate: 6 },
      { code: "CN_IMPORT_VAT", rate: 13.78 },
    ])
  })

  it("consumption tax where one applies: on a base that includes itself, and VAT on top of it", () => {
    // value 100, duty 10, consumption tax 10%: base (100 + 10) / 0.9 = 122.22; consumption 12.22; VAT 13% of 122.22 = 15.89.
    const rates = generalTradeRates(13, { duty: 10, consumption: 10 })
    expect(rates.map((r) => r.code)).toEqual(["CN_IMPORT_DUTY", "CN_IMPORT_CONSUMPTION_TAX", "CN_IMPORT_VAT"])
    expect(rates[1].rate).toBeCloseTo(12.2222, 4)
    expect(rates[2].rate).toBeCloseTo(15.8889, 4)
    expect(comprehensiveRates(13, { consumption: 10 })[0].rate).toBeCloseTo(0.7 * (100 / 9 + 13 / 0.9), 4)
  })
})

describe("the tax basis of a cart (财关税〔2018〕49号)", () => {
  it("one indivisible item: ¥5,000.00 with its freight is within the limit, ¥5,000.01 is taxed in full at general-trade rates", () => {
    const within = crossBorderTaxBasis([bag(4975)], mail())
    expect(within).toMatchObject({ rule: "comprehensive", dutiable_value: 5000, missing_tariff: null })
    expect(within.items.bag).toEqual([{ code: "CBEC_COMPREHENSIVE", rate: 9.1 }])

    const over = crossBorderTaxBasis([bag(4975.01)], mail())
    expect(over).toMatchObject({ rule: "general_trade", dutiable_value: 5000.01 })
    expect(over.items.bag).toEqual([
      { code: "CN_IMPORT_DUTY", rate: 6 },
      { code: "CN_IMPORT_VAT", rate: 13.78 },
    ])
    expect(over.shipping.mail).toEqual(over.items.bag)
  })

  it("the freight is in the dutiable value: 2 × ¥88 of honey with ¥25 of direct mail pay 6.3% of ¥201 = ¥12.66", () => {
    const basis = crossBorderTaxBasis([line("honey", 176)], mail())
    expect(basis.shipping.mail).toEqual([{ code: "CBEC_COMPREHENSIVE", rate: 6.3 }])
    const cart = decorateCartTotals({
      currency_code: "cny",
      items: [{ id: "honey", unit_price: 88, quantity: 2, tax_lines: basis.items.honey }],
      shipping_methods: [{ id: "mail", name: "Direct mail", amount: 25, tax_lines: basis.shipping.mail }],
    } as never) as any
    expect(receipt(cart, "en")).toMatchObject({ tax_total: 12.66, total: 213.66 })
  })

  it("freight of goods of two VAT classes is taxed at their rates, shared by value", () => {
    const basis = crossBorderTaxBasis([line("honey", 100), line("shoes", 300, { vat_rate: 13, hs_code: "6403990090" })], mail())
    expect(basis.rule).toBe("comprehensive")
    expect(basis.shipping.mail[0].rate).toBeCloseTo(6.3 * 0.25 + 9.1 * 0.75, 6)
  })

  it("domestic goods and their shipping carry no cross-border tax; several items over the limit stay comprehensive (the order is refused)", () => {
    const basis = crossBorderTaxBasis([line("qurt", 40, { cross_border: false })], [])
    expect(basis.items).toEqual({})
    const two = crossBorderTaxBasis(
      [bag(4000), bag(4000)].map((l, i) => ({ ...l, item_id: `bag${i}` })),
      mail(),
    )
    expect(two.rule).toBe("comprehensive")
    expect(crossBorderTaxBasis([{ ...bag(3000), quantity: 2 }], mail()).rule).toBe("comprehensive")
  })

  it("flags an item over the limit whose HS code has no duty rate", () => {
    const basis = crossBorderTaxBasis([{ ...bag(6000), hs_code: "9999999999" }], mail())
    expect(basis).toMatchObject({ rule: "general_trade", missing_tariff: "9999999999" })
    expect(basis.items.bag).toEqual([])
  })
})
