/**
 * Small builders shared by the product-family files: variant grids, USD
 * prices, and the trade block (with its Chinese e-label) for food and leather.
 * They only assemble data; every figure is still chosen in the family files.
 */
import type { Allergen, Certificate, OptionSeed, OriginRegion, Text, TradeSeed, VariantSeed, VatRate } from "../../src/catalog-types"
import { exporters } from "../exporters"

type OptionsAndVariants = { options: OptionSeed[]; variants: VariantSeed[] }

/** USD price for the International region: CNY ÷ 7.1, on a .99 price point. */
function usd(cny: number): number {
  const whole = Math.round(cny / 7.1)
  return whole < 1 ? 0.99 : Number((whole - 0.01).toFixed(2))
}

const WEIGHT = /^(?:(\d+)\s*×\s*)?(\d+(?:\.\d+)?)\s*(g|kg)$/

/** Net grams of a weight label: "250 g" → 250, "1.2 kg" → 1200, "3 × 250 g" → 750. */
function gramsOf(label: string): number {
  const m = WEIGHT.exec(label.trim())
  if (!m) throw new Error(`Not a weight label: "${label}"`)
  const count = m[1] ? Number(m[1]) : 1
  const each = Math.round(Number(m[2]) * (m[3] === "kg" ? 1000 : 1))
  return count * each
}

/** SKU fragment of a weight label: "250 g" → "250", "1 kg" → "1000", "3 × 250 g" → "3X250". */
function weightCode(label: string): string {
  const m = WEIGHT.exec(label.trim())
  if (!m) throw new Error(`Not a weight label: "${label}"`)
  const each = Math.round(Number(m[2]) * (m[3] === "kg" ? 1000 : 1))
  return m[1] ? `${m[1]}X${each}` : String(each)
}

/** Packaging allowances (grams added to the net weight for shipping). */
export const TARE = {
  /** Stand-up pouch in a shipping carton. */
  pouch: (net: number) => Math.round(net * 0.06 + 40),
  /** Glass jar, lid and padding. */
  jar: (net: number) => Math.round(net * 0.55 + 90),
  /** Rigid gift box with inner trays. */
  giftBox: (net: number) => Math.round(net * 0.3 + 320),
}

/** [weight label, price in CNY, stock] */
export type WeightRow = [label: string, price_cny: number, stock: number]

/** One "Weight" option, one variant per row. */
export function byWeight(sku: string, rows: WeightRow[], tare: (net: number) => number = TARE.pouch): OptionsAndVariants {
  return {
    options: [{ title: "Weight", values: rows.map(([label]) => label) }],
    variants: rows.map(([label, price_cny, stock]) => ({
      sku: `${sku}-${weightCode(label)}`,
      options: { Weight: label },
      price_cny,
      price_usd: usd(price_cny),
      weight_g: gramsOf(label) + tare(gramsOf(label)),
      stock,
    })),
  }
}

export type Colour = { en: string; zh: string; code: string }

export const COLOUR = {
  black: { en: "Black", zh: "黑色", code: "BLK" },
  darkBrown: { en: "Dark brown", zh: "深棕色", code: "DBR" },
  brown: { en: "Brown", zh: "棕色", code: "BRN" },
  tan: { en: "Tan", zh: "浅棕色", code: "TAN" },
  cognac: { en: "Cognac", zh: "干邑色", code: "COG" },
  burgundy: { en: "Burgundy", zh: "酒红色", code: "BUR" },
  sand: { en: "Sand", zh: "沙色", code: "SND" },
  chocolate: { en: "Chocolate", zh: "巧克力色", code: "CHO" },
  nude: { en: "Nude", zh: "裸色", code: "NUD" },
  red: { en: "Pomegranate red", zh: "石榴红", code: "RED" },
  white: { en: "Ivory", zh: "象牙白", code: "IVO" },
  olive: { en: "Olive", zh: "橄榄绿", code: "OLV" },
  navy: { en: "Navy", zh: "藏青色", code: "NVY" },
  natural: { en: "Natural", zh: "原木色", code: "NAT" },
  green: { en: "Bottle green", zh: "墨绿色", code: "GRN" },
} satisfies Record<string, Colour>

function colourOption(colours: Colour[]): OptionSeed {
  return {
    title: "Colour",
    values: colours.map((c) => c.en),
    values_zh: Object.fromEntries(colours.map((c) => [c.en, c.zh])),
  }
}

/** One "Colour" option; stocks[i] belongs to colours[i]. */
export function byColour(sku: string, colours: Colour[], price_cny: number, weight_g: number, stocks: number[]): OptionsAndVariants {
  if (stocks.length !== colours.length) throw new Error(`${sku}: ${colours.length} colours, ${stocks.length} stock figures`)
  return {
    options: [colourOption(colours)],
    variants: colours.map((c, i) => ({
      sku: `${sku}-${c.code}`,
      options: { Colour: c.en },
      price_cny,
      price_usd: usd(price_cny),
      weight_g,
      stock: stocks[i],
    })),
  }
}

export const MEN_SIZES = ["39", "40", "41", "42", "43", "44", "45"]
export const WOMEN_SIZES = ["35", "36", "37", "38", "39", "40"]
export const BELT_LENGTHS = ["100 cm", "110 cm", "120 cm"]

/**
 * A Size (or Length) × Colour grid. stock[c][s] is the stock of colour c in
 * size s, so each row of the matrix reads as one colour across the size run.
 */
export function bySizeColour(
  sku: string,
  sizeTitle: "Size" | "Length",
  sizes: string[],
  colours: Colour[],
  price_cny: number,
  weight_g: number,
  stock: number[][],
): OptionsAndVariants {
  if (stock.length !== colours.length || stock.some((row) => row.length !== sizes.length)) {
    throw new Error(`${sku}: stock matrix must be ${colours.length} colours × ${sizes.length} sizes`)
  }
  return {
    options: [{ title: sizeTitle, values: sizes }, colourOption(colours)],
    variants: colours.flatMap((c, ci) =>
      sizes.map((size, si) => ({
        sku: `${sku}-${c.code}-${size.replace(/\D/g, "")}`,
        options: { [sizeTitle]: size, Colour: c.en },
        price_cny,
        price_usd: usd(price_cny),
        weight_g,
        stock: stock[ci][si],
      })),
    ),
  }
}

function exporter(handle: string) {
  const found = exporters.find((e) => e.handle === handle)
  if (!found) throw new Error(`Unknown exporter "${handle}"`)
  return found
}

/** Shelf life as a Chinese label would print it: 365 → "12个月", 60 → "60天". */
function shelfLifeZh(days: number): string {
  if (days % 365 === 0) return `${(days / 365) * 12}个月`
  if (days % 30 === 0 && days >= 180) return `${days / 30}个月`
  return `${days}天`
}

export interface FoodFacts {
  /** 品名 on the Chinese label. */
  name_zh: string
  /** 配料. */
  ingredients_zh: string
  /** 产地 (region and district). */
  place_zh: string
  origin_region: OriginRegion
  hs_code: string
  vat_rate: VatRate
  shelf_life_days: number
  storage: Text
  allergens: Allergen[]
  certificates: Certificate[]
  /** Defaults to the exporter itself. */
  manufacturer?: Text
}

/** Trade block for food: the exporter's GACC number and the Chinese e-label. */
export function foodTrade(exporterHandle: string, f: FoodFacts): TradeSeed {
  const e = exporter(exporterHandle)
  if (!e.gacc_registration_number) throw new Error(`${exporterHandle} has no GACC registration`)
  const manufacturer = f.manufacturer ?? { en: e.name.en, "zh-CN": e.name["zh-CN"], ru: e.name.ru }
  return {
    origin_region: f.origin_region,
    hs_code: f.hs_code,
    vat_rate: f.vat_rate,
    shelf_life_days: f.shelf_life_days,
    storage: f.storage,
    allergens: f.allergens,
    certificates: f.certificates,
    manufacturer,
    gacc_registration_number: e.gacc_registration_number,
    indivisible: false,
    label_zh:
      `品名：${f.name_zh}\n` +
      `配料：${f.ingredients_zh}\n` +
      `原产国：乌兹别克斯坦\n` +
      `产地：${f.place_zh}\n` +
      `净含量：见包装\n` +
      `保质期：${shelfLifeZh(f.shelf_life_days)}\n` +
      `贮存条件：${f.storage["zh-CN"]}\n` +
      `生产商：${manufacturer["zh-CN"]}\n` +
      `境外生产企业注册号：${e.gacc_registration_number}\n`,
  }
}

/** Trade block for leather: 13 % VAT, one indivisible piece, no allergens. */
export function leatherTrade(
  exporterHandle: string,
  t: { origin_region: OriginRegion; hs_code: string; certificates: Certificate[] },
): TradeSeed {
  const e = exporter(exporterHandle)
  return {
    origin_region: t.origin_region,
    hs_code: t.hs_code,
    vat_rate: 13,
    allergens: [],
    certificates: t.certificates,
    manufacturer: { en: e.name.en, "zh-CN": e.name["zh-CN"], ru: e.name.ru },
    indivisible: true,
  }
}

/** Storage texts shared by many foods. */
export const STORAGE = {
  dryFruit: {
    en: "Keep sealed in a cool, dry place out of direct sunlight. Once opened, close the pouch tightly and keep it in the refrigerator.",
    "zh-CN": "密封置于阴凉干燥处，避免阳光直射；开封后请封紧袋口，冷藏保存。",
  },
  nuts: {
    en: "Keep sealed in a cool, dry place below 20 °C. Once opened, store in an airtight container in the refrigerator — nuts stay sweet much longer in the cold.",
    "zh-CN": "密封置于20 °C以下阴凉干燥处；开封后请装入密封罐冷藏，低温可长久保持坚果的香甜。",
  },
  roasted: {
    en: "Keep sealed in a cool, dry place below 25 °C, out of sunlight. Once opened, reseal and finish within two weeks for the best crunch.",
    "zh-CN": "密封置于25 °C以下阴凉干燥处，避免阳光直射；开封后请封口，两周内食用完口感最佳。",
  },
  honey: {
    en: "Store closed at room temperature (10–25 °C), away from sunlight. Crystallisation is natural in raw honey; to liquefy, stand the jar in water no warmer than 40 °C.",
    "zh-CN": "常温（10–25 °C）密封避光保存。天然蜂蜜结晶属正常现象，如需化开，可将瓶子放入不超过40 °C的温水中隔水回温。",
  },
} satisfies Record<string, Text>
