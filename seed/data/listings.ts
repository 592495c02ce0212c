import type { ListingSeed, PendingChangeSeed } from "../src/catalog-types"
import { byWeight, foodTrade, STORAGE } from "./products/_build"

/**
 * Listings of the demo exporter (Fergana Golden Valley) in every review state
 * but live — a draft, one in review, one sent back with the reviewer's reason,
 * one archived — and a pending change to one of its live products, so that the
 * partner portal and the operators' review queue are not empty on first start.
 * None of these is in the shop: only approved listings are.
 */
const APRICOT = "0813100000"
const OTHER_DRIED = "0813409000"
const RAISIN = "0806200000"

export const listingProducts: ListingSeed[] = [
  {
    state: "draft",
    product: {
      handle: "fergana-dried-sour-cherries",
      exporter: "fergana-golden-valley",
      category: "figs-and-berries",
      title: { en: "Sun-Dried Sour Cherries", "zh-CN": "日晒酸樱桃干", ru: "Вяленая вишня" },
      subtitle: { en: "From the cooperative's small cherry orchard", "zh-CN": "", ru: "Из небольшого вишнёвого сада кооператива" },
      description: {
        en: "Sour cherries from the orchard beside the apricot trees, pitted and dried in the sun. Still being written.",
        "zh-CN": "",
        ru: "Вишня из сада рядом с абрикосами, без косточки, высушенная на солнце. Описание ещё пишется.",
      },
      tags: ["sun-dried", "fergana"],
      stock_origin: "cross_border",
      trade: {
        ...foodTrade("fergana-golden-valley", {
          name_zh: "酸樱桃干",
          ingredients_zh: "酸樱桃",
          place_zh: "费尔干纳州奥尔季阿里克区",
          origin_region: "fergana",
          hs_code: OTHER_DRIED,
          vat_rate: 9,
          shelf_life_days: 365,
          storage: STORAGE.dryFruit,
          allergens: [],
          certificates: ["gacc"],
        }),
        label_zh: undefined,
      },
      ...byWeight("BZ-CHR-SUN", [["250 g", 45, 0]]),
      image: { motif: "cherry", color: "#9B1B30", background: "#FCE8EC", variant: 1 },
    },
  },
  {
    state: "in_review",
    product: {
      handle: "fergana-golden-raisins-family-pack",
      exporter: "fergana-golden-valley",
      category: "raisins",
      title: { en: "Golden Kishmish Raisins, Family Pack", "zh-CN": "金色无核葡萄干家庭装", ru: "Золотистый кишмиш, семейная упаковка" },
      subtitle: {
        en: "Seedless, sun-dried, a kilo to share",
        "zh-CN": "无籽日晒 · 一公斤分享装",
        ru: "Без косточек, сушёный на солнце, килограмм на всех",
      },
      description: {
        en: "Kishmish grapes from the cooperative's own vineyards, dried on the vine's wires in the late-summer sun until golden. A resealable kilo pouch for the family table.",
        "zh-CN": "来自合作社自家葡萄园的无核白葡萄，夏末挂在葡萄架上晒至金黄。一公斤可重复密封袋装，适合家庭分享。",
        ru: "Кишмиш с собственных виноградников кооператива, высушенный на шпалерах под солнцем позднего лета до золотистого цвета. Килограммовый пакет с застёжкой для всей семьи.",
      },
      tags: ["sun-dried", "family", "fergana"],
      stock_origin: "cross_border",
      trade: foodTrade("fergana-golden-valley", {
        name_zh: "无核葡萄干",
        ingredients_zh: "无核白葡萄",
        place_zh: "费尔干纳州奥尔季阿里克区",
        origin_region: "fergana",
        hs_code: RAISIN,
        vat_rate: 9,
        shelf_life_days: 540,
        storage: STORAGE.dryFruit,
        allergens: [],
        certificates: ["gacc", "haccp"],
      }),
      ...byWeight("BZ-RSN-FAM", [["1 kg", 98, 40]]),
      image: { motif: "raisin", color: "#D9A441", background: "#FFF7E0", variant: 3 },
    },
  },
  {
    state: "changes_requested",
    reason:
      "The Chinese label lists only 杏 as the ingredient, but these apricots are sulphured: add 食品添加剂（二氧化硫） to 配料 and 'sulphites' to the allergens, then submit again.",
    product: {
      handle: "fergana-sulphured-apricot-strips",
      exporter: "fergana-golden-valley",
      category: "dried-apricots",
      title: { en: "Apricot Strips for Baking", "zh-CN": "烘焙用杏干条", ru: "Курага соломкой для выпечки" },
      subtitle: { en: "Cut kuraga, ready for the dough", "zh-CN": "切条杏干 · 即用于烘焙", ru: "Нарезанная курага, сразу в тесто" },
      description: {
        en: "Our bright kuraga cut into strips, for cakes, granola and plov.",
        "zh-CN": "鲜橙色杏干切成条，适合蛋糕、麦片和抓饭。",
        ru: "Наша яркая курага, нарезанная соломкой, — для кексов, гранолы и плова.",
      },
      tags: ["baking", "fergana"],
      stock_origin: "cross_border",
      trade: foodTrade("fergana-golden-valley", {
        name_zh: "杏干条",
        ingredients_zh: "杏",
        place_zh: "费尔干纳州奥尔季阿里克区",
        origin_region: "fergana",
        hs_code: APRICOT,
        vat_rate: 9,
        shelf_life_days: 365,
        storage: STORAGE.dryFruit,
        allergens: [],
        certificates: ["gacc"],
      }),
      ...byWeight("BZ-APR-STR", [["500 g", 59, 30]]),
      image: { motif: "apricot", color: "#F5A23A", background: "#FFF1DD", variant: 4 },
    },
  },
  {
    state: "archived",
    product: {
      handle: "fergana-2025-harvest-kuraga",
      exporter: "fergana-golden-valley",
      category: "dried-apricots",
      title: { en: "2025 Harvest Kuraga", "zh-CN": "2025 年产季杏干", ru: "Курага урожая 2025 года" },
      subtitle: { en: "Last season's lot, sold out", "zh-CN": "上一产季批次 · 已售罄", ru: "Партия прошлого сезона, распродана" },
      description: {
        en: "The 2025 harvest of our kuraga. This lot has sold out; the 2026 harvest replaces it.",
        "zh-CN": "我们 2025 年产季的杏干。该批次已售罄，由 2026 年产季替代。",
        ru: "Курага урожая 2025 года. Партия распродана, её сменил урожай 2026 года.",
      },
      tags: ["fergana"],
      stock_origin: "cross_border",
      trade: foodTrade("fergana-golden-valley", {
        name_zh: "杏干",
        ingredients_zh: "杏、食品添加剂（二氧化硫）",
        place_zh: "费尔干纳州奥尔季阿里克区",
        origin_region: "fergana",
        hs_code: APRICOT,
        vat_rate: 9,
        shelf_life_days: 540,
        storage: STORAGE.dryFruit,
        allergens: ["sulphites"],
        certificates: ["gacc"],
      }),
      ...byWeight("BZ-APR-2025", [["500 g", 62, 0]]),
      image: { motif: "apricot", color: "#E07B1F", background: "#FFF0DC", variant: 5 },
    },
  },
]

/** A live product's content change, submitted for review: the shop keeps the approved text until an operator decides. */
export const pendingChanges: PendingChangeSeed[] = [
  {
    handle: "fergana-kaisa-sun-dried",
    content: {
      "zh-CN": { subtitle: "整颗去核 · 无硫日晒 · 2026 新产季" },
      en: { subtitle: "Whole, pitted by hand, sulphur-free — 2026 harvest" },
    },
  },
]
