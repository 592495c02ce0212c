/**
 * China's import tariff for the catalog's families: the most-favoured-nation
 * (MFN, 最惠国税率) duty of each HS heading or subheading the catalog uses,
 * and the import consumption tax (消费税) where one applies — none of these
 * goods is on the consumption-tax list (tobacco, alcohol, cosmetics, jewellery,
 * watches over ¥10,000, cars...), so it is 0 for all of them.
 *
 * Cross-border retail within the limits pays no duty (财关税〔2016〕18号 art. 2);
 * these rates apply when an order goes over the per-order limit as one
 * indivisible item and is taxed in full at general-trade rates (art. 2).
 *
 * Source of every rate: 《中华人民共和国进出口税则（2025）》, the MFN column,
 * as put in force by the Tariff Commission of the State Council
 * (国务院关税税则委员会公告2024年第11号, 2025年关税调整方案). Provisional rates
 * (暂定税率) that the yearly plan sets for a few headings are not modelled: the
 * table must be checked against each year's plan (docs/DOMAIN.md).
 */
export interface Tariff {
  /** Customs duty, percent of the dutiable value. */
  duty: number
  /** Ad valorem import consumption tax, percent (0 for every heading below). */
  consumption: number
}

interface TariffEntry extends Tariff {
  /** The first digits of the 10-digit China customs tariff number this rate covers. */
  prefix: string
  goods: string
}

const mfn = (prefix: string, duty: number, goods: string): TariffEntry => ({ prefix, duty, consumption: 0, goods })

/** Longest prefix wins: a subheading's own rate over its heading's. */
const TARIFF: TariffEntry[] = [
  // Chapter 4: natural honey, 天然蜂蜜 (税则 0409.0000: 15%).
  mfn("0409", 15, "natural honey"),
  // Chapter 8, heading 0802 (other nuts): almonds in shell 24%, shelled 10%; walnuts in shell 25%, shelled 20%;
  // pistachios in shell and shelled 10% (税则 0802.1100, 0802.1200, 0802.3100, 0802.3200, 0802.5100, 0802.5200).
  mfn("080211", 24, "almonds, in shell"),
  mfn("080212", 10, "almonds, shelled"),
  mfn("080231", 25, "walnuts, in shell"),
  mfn("080232", 20, "walnuts, shelled"),
  mfn("08025", 10, "pistachios"),
  // Heading 0804: figs, fresh or dried, 无花果 (税则 0804.2000: 30%).
  mfn("080420", 30, "figs"),
  // Heading 0806: raisins, 葡萄干 (税则 0806.2000: 10%).
  mfn("080620", 10, "raisins"),
  // Heading 0813 (dried fruit): apricots, prunes, other dried fruit and mixtures of nuts or dried fruit, 25%
  // (税则 0813.1000, 0813.2000, 0813.4090, 0813.5000); dried longans 20% (0813.4010) for completeness of the heading.
  mfn("0813", 25, "dried fruit and mixtures of nuts or dried fruit"),
  mfn("08134010", 20, "dried longans"),
  // Heading 1212: apricot kernels, 杏仁 (税则 1212.99: 20%).
  mfn("121299", 20, "apricot kernels"),
  // Heading 2006: fruit preserved by sugar, 糖渍水果 (税则 2006.0090: 5%).
  mfn("2006", 5, "fruit preserved by sugar (candied)"),
  // Heading 2008: nuts otherwise prepared (roasted, salted), 其他方法制作的坚果 (税则 2008.1999: 5%).
  mfn("2008", 5, "nuts and fruit otherwise prepared (roasted)"),
  // Heading 4202 with an outer surface of leather: cases, handbags, pocket goods, other containers (税则 4202.1190,
  // 4202.2100, 4202.3100, 4202.9100: 6%).
  mfn("4202", 6, "trunks, cases, handbags, wallets and similar goods of leather"),
  // Heading 4203: belts of leather, 皮革制腰带 (税则 4203.3000: 6%).
  mfn("4203", 6, "belts and other articles of apparel of leather"),
  // Heading 6403: footwear with uppers of leather, 皮革制鞋面的鞋靴 (税则 6403.9100, 6403.9900: 8%).
  mfn("6403", 8, "footwear with uppers of leather"),
]

/** The duty (and consumption tax) of a China customs tariff number, or null when the shop has no rate for it. */
export function tariffOf(hsCode: string | null | undefined): Tariff | null {
  if (!hsCode) return null
  let best: TariffEntry | undefined
  for (const entry of TARIFF) {
    if (hsCode.startsWith(entry.prefix) && (!best || entry.prefix.length > best.prefix.length)) best = entry
  }
  return best ? { duty: best.duty, consumption: best.consumption } : null
}
