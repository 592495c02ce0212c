import type { PromotionSeed } from "../src/catalog-types"

/** Leaf categories of dried fruit and nuts (products sit in subcategories, not in the parents). */
const DRIED_FRUIT_AND_NUTS = [
  "dried-apricots",
  "raisins",
  "prunes",
  "dried-melon",
  "figs-and-berries",
  "walnuts",
  "almonds",
  "pistachios",
  "apricot-kernels",
]

const FOOTWEAR_AND_LEATHER = ["mens-shoes", "womens-shoes", "bags", "belts", "wallets"]

/**
 * Campaign windows count days from the day the seed runs (Beijing midnight; negative days are past), so a fresh
 * shop always has running codes, one that has ended and one that has not started, whatever the date.
 */
export const promotions: PromotionSeed[] = [
  {
    code: "CNY2027",
    name: { en: "Spring Festival gift boxes: 12 % off", "zh-CN": "新春礼盒88折" },
    description: {
      en: "Every gift box is 12 % off through the Spring Festival season, applied automatically at checkout.",
      "zh-CN": "新春期间，全场礼盒自动享88折，无需输入优惠码。",
    },
    is_automatic: true,
    type: "percentage",
    value: 12,
    target: { categories: ["gift-sets"] },
    window: { from_day: -13, to_day: 80 },
    run_by: "consulate",
  },
  {
    code: "HARVEST2026",
    name: { en: "New-season harvest week: 15 % off dried fruit and nuts", "zh-CN": "新季丰收周：果干坚果85折" },
    description: {
      en: "The 2026 harvest of apricots, raisins, walnuts and pistachios has arrived at the Tashkent warehouse. For one week, all dried fruit and nuts are 15 % off, applied automatically.",
      "zh-CN": "2026年新季的杏干、葡萄干、核桃和开心果已运抵塔什干仓库。丰收周期间，全部果干和坚果自动享85折。",
    },
    is_automatic: true,
    type: "percentage",
    value: 15,
    target: { categories: DRIED_FRUIT_AND_NUTS },
    window: { from_day: -13, to_day: -3 },
  },
  {
    code: "FIRSTORDER",
    name: { en: "First order: ¥30 off orders over ¥199", "zh-CN": "首单立减：满199元减30元" },
    description: {
      en: "Welcome to Bozor. Enter FIRSTORDER at checkout for ¥30 off your first order of ¥199 or more. One use per customer.",
      "zh-CN": "欢迎来到丝路巴扎。首次下单满199元，结算时输入优惠码 FIRSTORDER 立减30元，每位顾客限用一次。",
    },
    is_automatic: false,
    type: "fixed",
    value: 30,
    target: { all: true },
    min_subtotal_cny: 199,
    window: { from_day: -330, to_day: 390 },
    per_customer_limit: 1,
  },
  {
    code: "CONSULATE10",
    name: { en: "Consulate picks: 10 % off", "zh-CN": "领馆推荐：9折" },
    description: {
      en: "The exhibition centre's staff chose these products as the best introduction to Uzbekistan. Enter CONSULATE10 for 10 % off anything in Consulate picks.",
      "zh-CN": "展销中心的工作人员从众多商品中挑出了这些，作为认识乌兹别克斯坦的第一站。结算时输入 CONSULATE10，“领馆推荐”系列商品享9折。",
    },
    is_automatic: false,
    type: "percentage",
    value: 10,
    target: { collections: ["consulate-picks"] },
    window: { from_day: -30, to_day: 210 },
    run_by: "consulate",
  },
  {
    code: "LEATHER1212",
    name: { en: "Double 12 leather: ¥200 off ¥1,500", "zh-CN": "双十二皮具：满1500元减200元" },
    description: {
      en: "For Double 12, take ¥200 off when your shoes, bags, belts and wallets come to ¥1,500 or more. Enter LEATHER1212 at checkout.",
      "zh-CN": "双十二期间，皮鞋、包袋、皮带、钱包满1500元减200元。结算时输入优惠码 LEATHER1212。",
    },
    is_automatic: false,
    type: "fixed",
    value: 200,
    target: { categories: FOOTWEAR_AND_LEATHER },
    min_subtotal_cny: 1500,
    window: { from_day: 3, to_day: 10 },
  },
]
