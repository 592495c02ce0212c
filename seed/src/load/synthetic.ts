import type { ImageMotif, ProductSeed, Text } from "../catalog-types"
import { renderProductImage } from "../images"
import type { SeedContext } from "./context"
import { uploadImages } from "./files"

/**
 * Synthetic products for benchmarks: believable bilingual titles drawn from
 * the real catalog's vocabulary, so search and listing costs resemble the
 * shop's, without pretending to be goods anyone sells.
 */
const KINDS: { motif: ImageMotif; category: string; en: string; zh: string; hs: string; vat: 9 | 13; unit: "g" | "size" }[] = [
  { motif: "apricot", category: "dried-apricots", en: "dried apricots", zh: "杏干", hs: "0813100000", vat: 9, unit: "g" },
  { motif: "raisin", category: "raisins", en: "raisins", zh: "葡萄干", hs: "0806200000", vat: 9, unit: "g" },
  { motif: "prune", category: "dried-fruit", en: "prunes", zh: "西梅干", hs: "0813200000", vat: 9, unit: "g" },
  { motif: "walnut", category: "walnuts", en: "walnuts", zh: "核桃", hs: "0802320000", vat: 9, unit: "g" },
  { motif: "almond", category: "nuts", en: "almonds", zh: "巴旦木", hs: "0802120000", vat: 9, unit: "g" },
  { motif: "pistachio", category: "nuts", en: "pistachios", zh: "开心果", hs: "0802520000", vat: 9, unit: "g" },
  { motif: "honey", category: "honey", en: "honey", zh: "蜂蜜", hs: "0409000000", vat: 9, unit: "g" },
  { motif: "shoe", category: "mens-shoes", en: "leather shoes", zh: "真皮皮鞋", hs: "6403990000", vat: 13, unit: "size" },
  { motif: "bag", category: "bags", en: "leather bag", zh: "真皮包", hs: "4202210000", vat: 13, unit: "size" },
  { motif: "wallet", category: "wallets", en: "leather wallet", zh: "真皮钱包", hs: "4202310000", vat: 13, unit: "size" },
]
const ADJECTIVES: Text[] = [
  { en: "Sun-dried", "zh-CN": "日晒" },
  { en: "Organic", "zh-CN": "有机" },
  { en: "Hand-picked", "zh-CN": "手工精选" },
  { en: "Premium", "zh-CN": "特级" },
  { en: "Mountain", "zh-CN": "高山" },
  { en: "Classic", "zh-CN": "经典" },
  { en: "Family-farm", "zh-CN": "家庭农场" },
  { en: "Heritage", "zh-CN": "传承" },
]
const REGIONS: { key: ProductSeed["trade"]["origin_region"]; en: string; zh: string }[] = [
  { key: "fergana", en: "Fergana", zh: "费尔干纳" },
  { key: "samarkand", en: "Samarkand", zh: "撒马尔罕" },
  { key: "bukhara", en: "Bukhara", zh: "布哈拉" },
  { key: "andijan", en: "Andijan", zh: "安集延" },
  { key: "namangan", en: "Namangan", zh: "纳曼干" },
  { key: "tashkent", en: "Tashkent", zh: "塔什干" },
  { key: "khorezm", en: "Khorezm", zh: "花剌子模" },
]
const COLORS = ["#e8a33c", "#7a4b2a", "#c8862a", "#5a3a22", "#b5651d", "#d9b26f", "#8b5a2b", "#f0c05a"]

export const SYNTHETIC_PREFIX = "synthetic-"

export function syntheticProduct(n: number, exporters: string[]): ProductSeed {
  const kind = KINDS[n % KINDS.length]
  const adj = ADJECTIVES[Math.floor(n / KINDS.length) % ADJECTIVES.length]
  const region = REGIONS[Math.floor(n / (KINDS.length * ADJECTIVES.length)) % REGIONS.length]
  const serial = String(n).padStart(6, "0")
  const food = kind.unit === "g"
  const base = 20 + ((n * 37) % 400)
  return {
    handle: `${SYNTHETIC_PREFIX}${serial}`,
    exporter: exporters[n % exporters.length],
    category: kind.category,
    title: { en: `${adj.en} ${region.en} ${kind.en} No. ${serial}`, "zh-CN": `${region.zh}${adj["zh-CN"]}${kind.zh} ${serial}号` },
    subtitle: { en: `Synthetic benchmark item from ${region.en}`, "zh-CN": `来自${region.zh}的基准测试商品` },
    description: {
      en: `${adj.en} ${kind.en} from ${region.en}, generated for load tests of search and listing.`,
      "zh-CN": `产自${region.zh}的${adj["zh-CN"]}${kind.zh}，用于搜索与列表的性能测试。`,
    },
    tags: ["synthetic"],
    stock_origin: n % 4 === 0 ? "domestic" : "cross_border",
    trade: {
      origin_region: region.key,
      hs_code: kind.hs,
      vat_rate: kind.vat,
      shelf_life_days: food ? 365 : undefined,
      allergens: [],
      certificates: n % 3 === 0 ? ["halal"] : [],
      manufacturer: { en: "Synthetic benchmark producer", "zh-CN": "基准测试生产商" },
      indivisible: !food,
    },
    options: [{ title: food ? "Weight" : "Size", values: food ? ["250 g", "500 g"] : ["M", "L"] }],
    variants: (food ? ["250 g", "500 g"] : ["M", "L"]).map((value, i) => ({
      sku: `SYN-${serial}-${i}`,
      options: { [food ? "Weight" : "Size"]: value },
      price_cny: base * (i + 1),
      price_usd: Math.round(((base * (i + 1)) / 7.1) * 100) / 100,
      weight_g: food ? 250 * (i + 1) : 800,
      stock: (n * 13 + i * 7) % 120,
    })),
    image: { motif: kind.motif, color: COLORS[n % COLORS.length], background: "#f6efe4", variant: n % 10 },
  }
}

/** One image per kind, shared by every synthetic product of that kind. */
export async function syntheticImages(ctx: SeedContext): Promise<Record<string, string>> {
  const files = await Promise.all(
    KINDS.map(async (k, i) => ({
      filename: `synthetic/${k.motif}.webp`,
      content: await renderProductImage(
        { motif: k.motif, color: COLORS[i % COLORS.length], background: "#f6efe4", variant: i },
        `synthetic-${k.motif}`,
      ),
    })),
  )
  const urls = await uploadImages(ctx, files)
  return Object.fromEntries(KINDS.map((k, i) => [k.motif, urls[i]]))
}
