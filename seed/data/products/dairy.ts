import type { ProductSeed, Text } from "../../src/catalog-types"
import { byWeight, foodTrade, TARE } from "./_build"

/**
 * Uzbek dairy has no access to China's cross-border retail channel: every
 * dairy product is imported by general trade and sold from Guangzhou stock.
 */

const QURT = "0406900000"
/** 0406.10 fresh (unripened) cheese, including curd: suzma. */
const FRESH_CHEESE = "0406100000"
/** 0405.90 other fats and oils derived from milk: ghee. */
const GHEE = "0405900000"

const QURT_STORAGE: Text = {
  en: "Store in a cool, dry place below 25 °C. Close the pouch well after opening; qurt keeps for months but grows harder over time.",
  "zh-CN": "置于25 °C以下阴凉干燥处保存；开封后请封紧袋口。奶疙瘩可存放数月，但放得越久越硬。",
}
const CHILLED_STORAGE: Text = {
  en: "Keep refrigerated at 2–6 °C. Once opened, keep covered and eat within 5 days.",
  "zh-CN": "2–6 °C冷藏保存；开封后请加盖，5天内食用完毕。",
}
const GHEE_STORAGE: Text = {
  en: "Store below 25 °C away from light; no need to refrigerate before opening. Use a clean, dry spoon and finish within 3 months of opening.",
  "zh-CN": "25 °C以下避光保存，开封前无需冷藏；请用干净干燥的勺子取用，开封后3个月内用完。",
}

const maker = "shahrisabz-dairy"
const place = "卡什卡达里亚州沙赫里萨布兹区"

export const dairyProducts: ProductSeed[] = [
  {
    handle: "shahrisabz-qurt-classic",
    exporter: maker,
    category: "dairy",
    collection: "consulate-picks",
    title: {
      en: "Shahrisabz Qurt — Classic Salted",
      "zh-CN": "沙赫里萨布兹奶疙瘩（原味咸口）",
      ru: "Шахрисабзский курт классический",
    },
    subtitle: {
      en: "Hand-rolled balls of dried salted yoghurt",
      "zh-CN": "手搓风干咸酸奶球",
    },
    description: {
      en: "For centuries Uzbek shepherds carried qurt in their pockets: balls of strained, salted yoghurt dried in the shade until rock-hard. Let one dissolve slowly or nibble it with a beer — it is sharp, salty and intensely milky. Crumbled into hot water it turns back into a tangy sauce for noodles and dumplings. Made with cow's milk.",
      "zh-CN":
        "几百年来，乌兹别克牧人的口袋里总揣着奶疙瘩：把滤干的酸奶加盐搓成小球，阴干到硬如石子。含在嘴里慢慢化，或者配啤酒小口啃，酸、咸，奶香极浓。掰碎泡进热水里，又能还原成酸香的酱汁，浇在面条和饺子上。牛奶制作。",
    },
    tags: ["salty", "snack", "traditional", "bestseller"],
    stock_origin: "domestic",
    trade: foodTrade(maker, {
      name_zh: "奶疙瘩（原味）",
      ingredients_zh: "生牛乳、食用盐、乳酸菌",
      place_zh: place,
      origin_region: "qashqadarya",
      hs_code: QURT,
      vat_rate: 13,
      shelf_life_days: 365,
      storage: QURT_STORAGE,
      allergens: ["milk"],
      certificates: ["gacc", "haccp", "halal"],
    }),
    ...byWeight("BZ-QRT-CLS", [
      ["150 g", 26, 120],
      ["300 g", 48, 80],
    ]),
    image: { motif: "qurt", color: "#F3EEE2", background: "#E8EEF5", variant: 0 },
  },
  {
    handle: "apricot-wood-smoked-qurt",
    exporter: maker,
    category: "dairy",
    collection: "dastarkhan",
    title: {
      en: "Qurt Smoked over Apricot Wood",
      "zh-CN": "杏木烟熏奶疙瘩",
      ru: "Курт копчёный на абрикосовых дровах",
    },
    subtitle: {
      en: "Cold-smoked for a campfire flavour",
      "zh-CN": "冷熏一整天 · 篝火般的烟香",
    },
    description: {
      en: "The same hand-rolled qurt, cold-smoked for a day over smouldering apricot wood until the surface turns a pale caramel colour. The smoke softens the sourness and adds a deep, campfire note that is superb with beer or a glass of red wine.",
      "zh-CN":
        "同样是手搓的奶疙瘩，用闷燃的杏木冷熏一整天，表面熏成浅焦糖色。烟香中和了酸味，多了一层深沉的篝火气息，配啤酒或一杯红酒都非常好。",
    },
    tags: ["smoked", "salty", "snack"],
    stock_origin: "domestic",
    trade: foodTrade(maker, {
      name_zh: "烟熏奶疙瘩",
      ingredients_zh: "生牛乳、食用盐、乳酸菌",
      place_zh: place,
      origin_region: "qashqadarya",
      hs_code: QURT,
      vat_rate: 13,
      shelf_life_days: 365,
      storage: QURT_STORAGE,
      allergens: ["milk"],
      certificates: ["gacc", "haccp", "halal"],
    }),
    ...byWeight("BZ-QRT-SMK", [
      ["150 g", 29, 60],
      ["300 g", 54, 35],
    ]),
    image: { motif: "qurt", color: "#D8B98A", background: "#EEF1F6", variant: 1 },
  },
  {
    handle: "chili-qurt",
    exporter: maker,
    category: "dairy",
    collection: "new-arrivals",
    title: {
      en: "Chili Qurt",
      "zh-CN": "辣味奶疙瘩",
      ru: "Курт с красным перцем",
    },
    subtitle: {
      en: "Rolled in Qashqadarya red pepper",
      "zh-CN": "裹满卡什卡达里亚红辣椒",
    },
    description: {
      en: "Qurt rolled in crushed dried red pepper from the Qashqadarya valley before it goes out to dry. The heat is warming rather than fierce and wakes up the salty, sour milk — a favourite with students and football crowds all over Uzbekistan.",
      "zh-CN":
        "晾干前，在奶疙瘩外面滚上一层卡什卡达里亚河谷产的干红辣椒碎。辣得暖而不烈，把咸酸的奶香一下子提了起来——在乌兹别克斯坦，学生和球迷都爱这一口。",
    },
    tags: ["spicy", "salty", "snack"],
    stock_origin: "domestic",
    trade: foodTrade(maker, {
      name_zh: "辣味奶疙瘩",
      ingredients_zh: "生牛乳、食用盐、红辣椒、乳酸菌",
      place_zh: place,
      origin_region: "qashqadarya",
      hs_code: QURT,
      vat_rate: 13,
      shelf_life_days: 365,
      storage: QURT_STORAGE,
      allergens: ["milk"],
      certificates: ["gacc", "haccp", "halal"],
    }),
    ...byWeight("BZ-QRT-CHL", [
      ["150 g", 29, 75],
      ["300 g", 54, 0],
    ]),
    image: { motif: "qurt", color: "#D2553A", background: "#FBEDE8", variant: 2 },
  },
  {
    handle: "sheep-milk-qurt",
    exporter: maker,
    category: "dairy",
    collection: "consulate-picks",
    title: {
      en: "Sheep's-Milk Qurt",
      "zh-CN": "羊奶奶疙瘩",
      ru: "Курт из овечьего молока",
    },
    subtitle: {
      en: "Richer and rounder, made in spring only",
      "zh-CN": "更醇更柔 · 仅春季制作",
    },
    description: {
      en: "Made only in April and May, when the fat-tailed sheep of the Hisor foothills are milking on the new grass. Sheep's milk gives a richer, creamier qurt, less sharp than the cow's-milk kind and slightly nutty. The balls are larger and hand-pressed into the traditional flattened shape.",
      "zh-CN":
        "只在四、五月制作，那时希萨尔山麓的大尾羊吃着新草、正出奶。羊奶做的奶疙瘩更醇厚、奶油感更足，酸味比牛奶的柔和，带一丝坚果香。个头更大，手工压成传统的扁圆形。",
    },
    tags: ["sheep-milk", "seasonal", "limited"],
    stock_origin: "domestic",
    trade: foodTrade(maker, {
      name_zh: "羊奶奶疙瘩",
      ingredients_zh: "生羊乳、食用盐、乳酸菌",
      place_zh: place,
      origin_region: "qashqadarya",
      hs_code: QURT,
      vat_rate: 13,
      shelf_life_days: 365,
      storage: QURT_STORAGE,
      allergens: ["milk"],
      certificates: ["gacc", "haccp", "halal"],
    }),
    ...byWeight("BZ-QRT-SHP", [
      ["150 g", 36, 28],
      ["300 g", 66, 12],
    ]),
    image: { motif: "qurt", color: "#EFE6D2", background: "#F1F4EA", variant: 3 },
  },
  {
    handle: "suzma-strained-yoghurt",
    exporter: maker,
    category: "dairy",
    collection: "dastarkhan",
    title: {
      en: "Suzma — Strained Yoghurt",
      "zh-CN": "苏兹玛浓缩酸奶",
      ru: "Сузьма",
    },
    subtitle: {
      en: "Thick, tangy and spoonable; shipped chilled",
      "zh-CN": "浓稠酸香 · 冷链配送",
    },
    description: {
      en: "Suzma is katiq — Uzbek yoghurt — hung in cloth bags until it is as thick as soft cheese. It is lightly salted and heat-treated after straining so it keeps well in the fridge. Uzbeks spoon it into shurpa and mastava, stir it into salads of tomato and herbs, or simply scoop it up with flatbread. Shipped chilled from Guangzhou.",
      "zh-CN":
        "苏兹玛是把乌兹别克酸奶“卡提克”装进布袋吊起来，滤到像软奶酪一样浓稠。滤好后略加盐并经热处理，冷藏可存放较长时间。乌兹别克人用它给肖尔巴汤、马斯塔瓦汤收尾，拌番茄香草沙拉，或者直接用馕蘸着吃。从广州冷链发货。",
    },
    tags: ["chilled", "strained-yoghurt", "cooking"],
    stock_origin: "domestic",
    trade: foodTrade(maker, {
      name_zh: "浓缩酸奶（苏兹玛）",
      ingredients_zh: "生牛乳、食用盐、乳酸菌",
      place_zh: place,
      origin_region: "qashqadarya",
      hs_code: FRESH_CHEESE,
      vat_rate: 13,
      shelf_life_days: 60,
      storage: CHILLED_STORAGE,
      allergens: ["milk"],
      certificates: ["gacc", "haccp", "halal"],
    }),
    ...byWeight(
      "BZ-SUZ-JAR",
      [
        ["400 g", 45, 40],
        ["2 × 400 g", 85, 15],
      ],
      TARE.jar,
    ),
    image: { motif: "suzma", color: "#FAF7F0", background: "#E6EEF4", variant: 0 },
  },
  {
    handle: "sariyog-golden-ghee",
    exporter: maker,
    category: "dairy",
    collection: "dastarkhan",
    title: {
      en: "Sariyog' — Golden Ghee",
      "zh-CN": "萨里约格金黄酥油",
      ru: "Сарёг — топлёное масло",
    },
    subtitle: {
      en: "Clarified butter from spring-pasture milk",
      "zh-CN": "春季牧场黄油慢熬而成",
    },
    description: {
      en: "Sariyog' — 'yellow butter' — is butter from spring-pasture milk simmered slowly until the milk solids toast and settle, leaving a clear golden fat with a nutty aroma. It is what makes Uzbek plov, somsa pastry and fried eggs taste of home, and its high smoke point makes it good for any frying. No refrigeration needed before opening.",
      "zh-CN":
        "“萨里约格”意为“黄色的油”：用春季牧场的鲜奶制成黄油，再文火慢熬，让乳固形物烤香、沉底，只留下清亮金黄、带坚果香的油脂。乌兹别克抓饭、烤包子和煎蛋的家乡味全靠它；烟点高，煎炸炒都合适。开封前无需冷藏。",
    },
    tags: ["ghee", "cooking", "traditional"],
    stock_origin: "domestic",
    trade: foodTrade(maker, {
      name_zh: "酥油",
      ingredients_zh: "黄油（牛乳）",
      place_zh: place,
      origin_region: "qashqadarya",
      hs_code: GHEE,
      vat_rate: 13,
      shelf_life_days: 365,
      storage: GHEE_STORAGE,
      allergens: ["milk"],
      certificates: ["gacc", "haccp", "halal"],
    }),
    ...byWeight(
      "BZ-GHE-JAR",
      [
        ["400 g", 78, 45],
        ["800 g", 148, 18],
      ],
      TARE.jar,
    ),
    image: { motif: "butter", color: "#E8B93C", background: "#FFF8E1", variant: 0 },
  },
]
