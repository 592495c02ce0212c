import type { ProductSeed } from "../../src/catalog-types"
import { byWeight, foodTrade, STORAGE } from "./_build"

const APRICOT = "0813100000"
const RAISIN = "0806200000"
const PRUNE = "0813200000"
const FIG = "0804200000"
/** 0813.40 "other dried fruit", China's national line for fruit not named in it. */
const OTHER_DRIED = "0813409000"
/** 2006.00 candied fruit, "other". */
const CANDIED = "2006009000"

export const driedFruitProducts: ProductSeed[] = [
  // ── Dried apricots ────────────────────────────────────────────────────────
  {
    handle: "samarkand-kandak-uryuk",
    exporter: "zarafshan-orchards",
    category: "dried-apricots",
    collection: "samarkand-heritage",
    title: {
      en: "Samarkand Kandak Uryuk — Whole Apricots with Stone",
      "zh-CN": "撒马尔罕坎达克带核杏干（乌柳克）",
      ru: "Самаркандский урюк «Кандак»",
    },
    subtitle: {
      en: "Sun-dried whole, sulphur-free, from Urgut",
      "zh-CN": "整颗日晒 · 无硫 · 乌尔古特产",
    },
    description: {
      en: "Kandak is a small Samarkand apricot so rich in sugar that it dries to a dense, toffee-like chew. The Rahimov family dries it whole, stone and all, on the flat roofs of Urgut — the old way, without sulphur — so the fruit turns deep amber-brown rather than orange. Crack the stone when you have eaten the fruit: the kernel inside is sweet. Uzbeks serve uryuk with green tea, or simmer it into a winter compote.",
      "zh-CN":
        "坎达克是撒马尔罕的一种小杏，含糖量极高，晒干后口感绵密，有太妃糖般的嚼劲。拉希莫夫一家按老法子把它连核整颗晒在乌尔古特的平屋顶上，不熏硫，所以颜色是深琥珀褐色，而不是鲜橙色。吃完果肉可以敲开杏核，里面的杏仁是甜的。乌兹别克人习惯配绿茶吃，冬天也用它煮果汤。",
    },
    tags: ["sun-dried", "sulphur-free", "whole", "with-stone", "samarkand"],
    stock_origin: "domestic",
    trade: foodTrade("zarafshan-orchards", {
      name_zh: "带核杏干（坎达克）",
      ingredients_zh: "杏（坎达克品种，带核）",
      place_zh: "撒马尔罕州乌尔古特区",
      origin_region: "samarkand",
      hs_code: APRICOT,
      vat_rate: 9,
      shelf_life_days: 365,
      storage: STORAGE.dryFruit,
      allergens: [],
      certificates: ["gacc", "haccp", "halal"],
    }),
    ...byWeight("BZ-APR-KDK", [
      ["250 g", 42, 86],
      ["500 g", 78, 64],
      ["1 kg", 148, 22],
    ]),
    image: { motif: "apricot", color: "#A8641E", background: "#F8ECDD", variant: 0 },
  },
  {
    handle: "samarkand-ashtak-apricots",
    exporter: "zarafshan-orchards",
    category: "dried-apricots",
    collection: "consulate-picks",
    title: {
      en: "Samarkand Ashtak — Apricots Filled with Their Own Kernel",
      "zh-CN": "撒马尔罕阿什塔克杏仁夹心杏干",
      ru: "Самаркандский аштак — абрикос с ядрышком",
    },
    subtitle: {
      en: "Pitted by hand, the sweet kernel put back inside",
      "zh-CN": "人工去核 · 甜杏仁手工回填",
    },
    description: {
      en: "Ashtak is the apricot Samarkand gives as a present. Each ripe Kandak apricot is pitted through the stem end, the stone is cracked, and its sweet kernel is pushed back inside before the fruit goes out into the sun. The result is a whole apricot with a crunchy, almond-like heart — a sweet in its own right, made for the tea table. Contains apricot kernels.",
      "zh-CN":
        "阿什塔克是撒马尔罕人走亲访友时送的杏干。每颗熟透的坎达克杏从果蒂处顶出杏核，敲开取出甜杏仁，再把杏仁塞回杏肉里，然后拿去日晒。晒好的杏干整颗完整，中间藏着一粒酥脆、带杏仁香的果仁，不用再配别的，本身就是一道茶点。含杏仁。",
    },
    tags: ["handmade", "sun-dried", "sulphur-free", "gift", "samarkand"],
    stock_origin: "cross_border",
    trade: foodTrade("zarafshan-orchards", {
      name_zh: "杏仁夹心杏干（阿什塔克）",
      ingredients_zh: "杏（坎达克品种）、甜杏仁",
      place_zh: "撒马尔罕州乌尔古特区",
      origin_region: "samarkand",
      hs_code: APRICOT,
      vat_rate: 9,
      shelf_life_days: 365,
      storage: STORAGE.dryFruit,
      allergens: ["tree_nuts"],
      certificates: ["gacc", "haccp", "halal"],
    }),
    ...byWeight("BZ-APR-ASH", [
      ["250 g", 58, 48],
      ["500 g", 108, 0],
    ]),
    image: { motif: "apricot", color: "#C7792B", background: "#FBF1E4", variant: 1 },
  },
  {
    handle: "fergana-kuraga-apricot-halves",
    exporter: "fergana-golden-valley",
    category: "dried-apricots",
    collection: "harvest-week",
    title: {
      en: "Fergana Kuraga — Bright Apricot Halves",
      "zh-CN": "费尔干纳橙色杏干（库拉加）",
      ru: "Ферганская курага",
    },
    subtitle: {
      en: "Soft and tangy, lightly sulphured",
      "zh-CN": "软糯酸甜 · 轻度熏硫",
    },
    description: {
      en: "The bright orange dried apricot most people picture: Subhoni apricots halved, pitted and dried in the sun after a light sulphur treatment that keeps their colour and a soft, moist bite. Tangier than sun-dried fruit and easy to chop, so this is the one for granola, baking and stuffings. Contains sulphites — if you avoid them, choose our sun-dried Kaisa instead.",
      "zh-CN":
        "大多数人印象中的那种鲜橙色杏干：苏布霍尼杏对半切开去核，经轻度熏硫后日晒，颜色鲜亮，口感软润。比无硫日晒杏干更酸甜，也更好切，最适合拌麦片、做烘焙或做馅料。含二氧化硫；如需避免，请选择我们的无硫日晒凯萨杏干。",
    },
    tags: ["bestseller", "soft", "baking", "fergana"],
    stock_origin: "cross_border",
    trade: foodTrade("fergana-golden-valley", {
      name_zh: "杏干（库拉加）",
      ingredients_zh: "杏（苏布霍尼品种）、食品添加剂（二氧化硫）",
      place_zh: "费尔干纳州奥尔季阿里克区",
      origin_region: "fergana",
      hs_code: APRICOT,
      vat_rate: 9,
      shelf_life_days: 540,
      storage: STORAGE.dryFruit,
      allergens: ["sulphites"],
      certificates: ["gacc", "haccp"],
    }),
    ...byWeight("BZ-APR-KUR", [
      ["250 g", 38, 120],
      ["500 g", 69, 140],
      ["1 kg", 128, 60],
    ]),
    image: { motif: "apricot", color: "#F28C28", background: "#FFF3E2", variant: 2 },
  },
  {
    handle: "fergana-kaisa-sun-dried",
    exporter: "fergana-golden-valley",
    category: "dried-apricots",
    collection: "harvest-week",
    title: {
      en: "Fergana Kaisa — Whole Pitted Apricots, Sun-Dried",
      "zh-CN": "费尔干纳凯萨整颗去核杏干（无硫日晒）",
      ru: "Ферганская кайса без серы",
    },
    subtitle: {
      en: "Sulphur-free, the stone pushed out by hand",
      "zh-CN": "无硫日晒 · 人工顶核 · 整颗完整",
    },
    description: {
      en: "Kaisa is a whole apricot with the stone pushed out through the stem end, so the fruit stays round and closed. Dried in the sun with nothing added, it darkens to a russet orange and tastes deeper, more caramel-like than bright kuraga. Eat it as it is, stuff it with half a walnut, or stew it with lamb the Uzbek way.",
      "zh-CN":
        "凯萨是从果蒂处顶出杏核的整颗杏干，果形圆润完整。不加任何东西、只靠太阳晒干，颜色会转成赭橙色，味道比鲜橙色的库拉加更醇厚，带焦糖香。可以直接吃，也可以塞进半颗核桃仁，或者像乌兹别克人那样和羊肉一起炖。",
    },
    tags: ["sun-dried", "sulphur-free", "whole", "fergana"],
    stock_origin: "cross_border",
    trade: foodTrade("fergana-golden-valley", {
      name_zh: "整颗去核杏干（凯萨）",
      ingredients_zh: "杏",
      place_zh: "费尔干纳州奥尔季阿里克区",
      origin_region: "fergana",
      hs_code: APRICOT,
      vat_rate: 9,
      shelf_life_days: 365,
      storage: STORAGE.dryFruit,
      allergens: [],
      certificates: ["gacc", "haccp"],
    }),
    ...byWeight("BZ-APR-KAI", [
      ["250 g", 48, 95],
      ["500 g", 89, 70],
      ["1 kg", 168, 28],
    ]),
    image: { motif: "apricot", color: "#C4662A", background: "#FAEBDD", variant: 3 },
  },
  {
    handle: "subhoni-jumbo-apricot-halves",
    exporter: "fergana-golden-valley",
    category: "dried-apricots",
    collection: "consulate-picks",
    title: {
      en: "Subhoni Jumbo Apricot Halves, Sun-Dried",
      "zh-CN": "苏布霍尼特大果杏干（无硫日晒）",
      ru: "Курага «Субхони» крупная, без серы",
    },
    subtitle: {
      en: "The largest fruit of the year, picked out by hand",
      "zh-CN": "分拣台上人工挑出的全年最大果",
    },
    description: {
      en: "Subhoni is Fergana's favourite apricot, and these are the biggest halves of the year, picked out by hand at the sorting table — only 35 to 40 of them to every 250 g. Sun-dried without sulphur, they are amber, thick-fleshed and honey-sweet with a clean acidity. Stocked at our Guangzhou centre for quick delivery.",
      "zh-CN":
        "苏布霍尼是费尔干纳人最爱的杏子品种，这款是在分拣台上人工挑出的全年最大果，每250克只有35到40片。无硫日晒，色泽琥珀，果肉厚实，蜜甜中带着清爽的果酸。广州展销中心现货，发货更快。",
    },
    tags: ["premium", "sun-dried", "sulphur-free", "gift"],
    stock_origin: "domestic",
    trade: foodTrade("fergana-golden-valley", {
      name_zh: "杏干（苏布霍尼特大果）",
      ingredients_zh: "杏（苏布霍尼品种）",
      place_zh: "费尔干纳州奥尔季阿里克区",
      origin_region: "fergana",
      hs_code: APRICOT,
      vat_rate: 9,
      shelf_life_days: 365,
      storage: STORAGE.dryFruit,
      allergens: [],
      certificates: ["gacc", "haccp"],
    }),
    ...byWeight("BZ-APR-SUB", [
      ["250 g", 68, 4],
      ["500 g", 128, 36],
    ]),
    image: { motif: "apricot", color: "#D98B2B", background: "#FFF6E8", variant: 4 },
  },

  // ── Raisins ───────────────────────────────────────────────────────────────
  {
    handle: "soyaki-green-raisins",
    exporter: "fergana-golden-valley",
    category: "raisins",
    collection: "harvest-week",
    title: {
      en: "Soyaki Green Raisins, Shade-Dried",
      "zh-CN": "索亚基绿葡萄干（荫干）",
      ru: "Изюм «Сояки» зелёный, теневой сушки",
    },
    subtitle: {
      en: "Kishmish grapes dried in ventilated clay houses",
      "zh-CN": "无核白葡萄挂在通风土房中荫干",
    },
    description: {
      en: "Soya means shade. Bunches of seedless white kishmish are hung for about forty days in a chillakhona — a clay drying house with walls full of vents — where the wind, not the sun, does the work. The raisins keep their olive-green colour and a fresh, slightly tart sweetness. This is the classic raisin of Uzbek plov, and the best one to eat by the handful.",
      "zh-CN":
        "“索亚”在乌兹别克语里是“阴凉”的意思。成串的无核白葡萄挂进晾房——四壁布满通风孔的土坯房——晾约四十天，靠风而不是阳光把它吹干。这样做出的葡萄干保留了橄榄绿的颜色，甜中带一点清爽的酸。它是乌兹别克抓饭里的经典葡萄干，也最适合一把一把抓着吃。",
    },
    tags: ["shade-dried", "sulphur-free", "bestseller", "fergana"],
    stock_origin: "cross_border",
    trade: foodTrade("fergana-golden-valley", {
      name_zh: "绿葡萄干（索亚基）",
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
    ...byWeight("BZ-RSN-SOY", [
      ["250 g", 36, 150],
      ["500 g", 66, 110],
      ["1 kg", 119, 40],
    ]),
    image: { motif: "raisin", color: "#8A9A3B", background: "#F3F5E4", variant: 0 },
  },
  {
    handle: "shigani-black-raisins",
    exporter: "fergana-golden-valley",
    category: "raisins",
    collection: "harvest-week",
    title: {
      en: "Shigani Black Raisins",
      "zh-CN": "希加尼黑葡萄干",
      ru: "Изюм «Шигани» чёрный",
    },
    subtitle: {
      en: "Sun-dried black kishmish, rich and winey",
      "zh-CN": "日晒黑色无核葡萄干 · 浓郁带酒香",
    },
    description: {
      en: "Shigani is the black seedless grape of the Fergana Valley. Dried in the sun on the vineyard terraces, it makes small, almost black raisins with a dark, winey sweetness that holds its own in porridge, bread and fruit cake. No oil coating, nothing added.",
      "zh-CN":
        "希加尼是费尔干纳盆地的黑色无核葡萄。在葡萄园的晾晒台上日晒而成，颗粒小巧、近乎乌黑，甜中带着深沉的酒香，拌燕麦、做面包和水果蛋糕都压得住味道。不裹油，无任何添加。",
    },
    tags: ["sun-dried", "sulphur-free", "black", "baking"],
    stock_origin: "cross_border",
    trade: foodTrade("fergana-golden-valley", {
      name_zh: "黑葡萄干（希加尼）",
      ingredients_zh: "黑色无核葡萄",
      place_zh: "费尔干纳州奥尔季阿里克区",
      origin_region: "fergana",
      hs_code: RAISIN,
      vat_rate: 9,
      shelf_life_days: 540,
      storage: STORAGE.dryFruit,
      allergens: [],
      certificates: ["gacc", "haccp"],
    }),
    ...byWeight("BZ-RSN-SHG", [
      ["250 g", 32, 130],
      ["500 g", 58, 90],
      ["1 kg", 108, 2],
    ]),
    image: { motif: "raisin", color: "#2E1A2B", background: "#F1EAF0", variant: 1 },
  },
  {
    handle: "sabza-golden-raisins",
    exporter: "zarafshan-orchards",
    category: "raisins",
    collection: "samarkand-heritage",
    title: {
      en: "Sabza Golden Raisins",
      "zh-CN": "萨布扎金葡萄干",
      ru: "Изюм «Сабза» золотистый",
    },
    subtitle: {
      en: "Plump and golden, from the Kattakurgan vineyards",
      "zh-CN": "颗粒饱满 · 金黄透亮 · 卡塔库尔干葡萄园",
    },
    description: {
      en: "For Sabza, bunches of white kishmish are dipped in a traditional potash solution before drying; it opens the skin so the grapes dry quickly in the sun and stay golden and plump. The taste is soft and honeyed with a little tartness, and a light coat of sunflower oil keeps the raisins from sticking. Samarkand's raisin of choice for baking and plov.",
      "zh-CN":
        "制作萨布扎时，成串的无核白葡萄要先在传统的钾碱水里蘸一下，让果皮微微裂开，在阳光下干得快，颜色金黄、颗粒饱满。口感软糯，蜜甜中带一点点酸；表面薄薄裹一层葵花籽油，颗颗分明不粘连。这是撒马尔罕人做烘焙和抓饭最爱用的葡萄干。",
    },
    tags: ["golden", "sulphur-free", "baking", "samarkand"],
    stock_origin: "domestic",
    trade: foodTrade("zarafshan-orchards", {
      name_zh: "金葡萄干（萨布扎）",
      ingredients_zh: "无核白葡萄、葵花籽油",
      place_zh: "撒马尔罕州卡塔库尔干区",
      origin_region: "samarkand",
      hs_code: RAISIN,
      vat_rate: 9,
      shelf_life_days: 540,
      storage: STORAGE.dryFruit,
      allergens: [],
      certificates: ["gacc", "haccp", "halal"],
    }),
    ...byWeight("BZ-RSN-SAB", [
      ["250 g", 34, 70],
      ["500 g", 62, 55],
      ["1 kg", 115, 18],
    ]),
    image: { motif: "raisin", color: "#D4A537", background: "#FFF7E1", variant: 2 },
  },
  {
    handle: "husayne-long-raisins",
    exporter: "zarafshan-orchards",
    category: "raisins",
    collection: "samarkand-heritage",
    title: {
      en: "Husayne Long Raisins",
      "zh-CN": "胡萨伊内长粒葡萄干",
      ru: "Изюм «Хусайне» длинный",
    },
    subtitle: {
      en: "From the 'lady finger' table grape, with soft seeds",
      "zh-CN": "马奶子型鲜食葡萄晒成 · 含软籽",
    },
    description: {
      en: "Husayne is the long, finger-shaped table grape sold in every Samarkand market in August. Dried whole in the sun, it makes an unusually large amber raisin — up to 3 cm long — with a crisp skin, a fleshy middle and two soft seeds. Less sugary than kishmish and far more aromatic; Samarkand families set out a bowl whenever guests arrive.",
      "zh-CN":
        "胡萨伊内是一种细长如手指的鲜食葡萄，和新疆的马奶子葡萄是一类，八月里撒马尔罕的每个市场都有卖。整颗日晒后，成为少见的大粒琥珀色葡萄干，长可达3厘米，果皮微脆，果肉厚实，内有两粒软籽。甜度不及无核葡萄干，香气却浓郁得多；撒马尔罕人家里来了客人，总要端上一碗。",
    },
    tags: ["sun-dried", "sulphur-free", "with-seeds", "samarkand"],
    stock_origin: "cross_border",
    trade: foodTrade("zarafshan-orchards", {
      name_zh: "长粒葡萄干（胡萨伊内）",
      ingredients_zh: "葡萄（胡萨伊内品种，含籽）",
      place_zh: "撒马尔罕州卡塔库尔干区",
      origin_region: "samarkand",
      hs_code: RAISIN,
      vat_rate: 9,
      shelf_life_days: 540,
      storage: STORAGE.dryFruit,
      allergens: [],
      certificates: ["gacc", "haccp", "halal"],
    }),
    ...byWeight("BZ-RSN-HUS", [
      ["250 g", 42, 58],
      ["500 g", 78, 0],
    ]),
    image: { motif: "raisin", color: "#B07A2A", background: "#FAF0E0", variant: 3 },
  },
  {
    handle: "bedona-sun-dried-raisins",
    exporter: "bukhara-olu",
    category: "raisins",
    collection: "harvest-week",
    title: {
      en: "Bedona Sun-Dried Raisins",
      "zh-CN": "别多纳日晒葡萄干",
      ru: "Изюм «Бедона» солнечной сушки",
    },
    subtitle: {
      en: "Everyday seedless raisins, nothing added",
      "zh-CN": "日常款无核葡萄干 · 零添加",
    },
    description: {
      en: "Bedona means 'seedless', and this is Bukhara's everyday raisin: white kishmish dried in the open sun until it turns a natural olive-brown. Nothing is added — no dip, no oil, no sulphur — so the raisins are a little firmer and more rustic than golden Sabza. Sold in larger packs for porridge, baking and the kitchen jar.",
      "zh-CN":
        "“别多纳”意思是“无籽”，这是布哈拉人日常吃的葡萄干：无核白葡萄直接在太阳下晒干，自然转成橄榄褐色。不蘸碱水、不裹油、不熏硫，口感比金黄的萨布扎稍硬，更有乡野风味。大包装，煮粥、烘焙、家中常备都合适。",
    },
    tags: ["sun-dried", "sulphur-free", "everyday", "value"],
    stock_origin: "cross_border",
    trade: foodTrade("bukhara-olu", {
      name_zh: "日晒葡萄干（别多纳）",
      ingredients_zh: "无核白葡萄",
      place_zh: "布哈拉州吉日杜万区",
      origin_region: "bukhara",
      hs_code: RAISIN,
      vat_rate: 9,
      shelf_life_days: 540,
      storage: STORAGE.dryFruit,
      allergens: [],
      certificates: ["gacc", "halal"],
    }),
    ...byWeight("BZ-RSN-BED", [
      ["500 g", 45, 120],
      ["1 kg", 82, 75],
    ]),
    image: { motif: "raisin", color: "#7B6A34", background: "#F4F0E2", variant: 4 },
  },

  // ── Prunes & plums ────────────────────────────────────────────────────────
  {
    handle: "bukhara-prunes-with-stone",
    exporter: "bukhara-olu",
    category: "prunes",
    collection: "dastarkhan",
    title: {
      en: "Bukhara Prunes, with Stone",
      "zh-CN": "布哈拉带核西梅干",
      ru: "Бухарский чернослив с косточкой",
    },
    subtitle: {
      en: "Slow-dried in brick kilns, faintly smoky",
      "zh-CN": "砖砌烘房文火慢烘 · 淡淡烟熏香",
    },
    description: {
      en: "These are the prunes Bukhara is known for: Vengerka plums blanched for a moment, then dried slowly over low heat in brick drying houses until glossy black. The stone stays in, which keeps the flesh thick and juicy and the flavour deep, with a faint smokiness that is wonderful in lamb stews and plov.",
      "zh-CN":
        "这就是布哈拉出名的西梅：匈牙利李稍一烫漂，便放进砖砌烘房用文火慢慢烘干，直到乌黑发亮。保留果核，果肉更厚实多汁，味道醇厚，带着一丝淡淡的烟熏香，用来炖羊肉、做抓饭尤其好吃。",
    },
    tags: ["traditional", "smoky", "with-stone", "bukhara"],
    stock_origin: "cross_border",
    trade: foodTrade("bukhara-olu", {
      name_zh: "带核西梅干",
      ingredients_zh: "李子（匈牙利李品种）",
      place_zh: "布哈拉州吉日杜万区",
      origin_region: "bukhara",
      hs_code: PRUNE,
      vat_rate: 9,
      shelf_life_days: 365,
      storage: STORAGE.dryFruit,
      allergens: [],
      certificates: ["gacc", "halal"],
    }),
    ...byWeight("BZ-PRN-BKS", [
      ["500 g", 49, 88],
      ["1 kg", 92, 46],
    ]),
    image: { motif: "prune", color: "#2B1B24", background: "#EFE8EC", variant: 0 },
  },
  {
    handle: "bukhara-prunes-pitted",
    exporter: "bukhara-olu",
    category: "prunes",
    collection: "harvest-week",
    title: {
      en: "Bukhara Prunes, Pitted",
      "zh-CN": "布哈拉去核西梅干",
      ru: "Бухарский чернослив без косточки",
    },
    subtitle: {
      en: "Soft and ready to eat, no added sugar",
      "zh-CN": "软润即食 · 不加糖",
    },
    description: {
      en: "The same slow-dried Bukhara prunes, pitted after drying and briefly steamed so they stay soft. Naturally sweet, with no sugar and no preservatives added. Two or three with breakfast is an old Bukhara habit — and they are just as good wrapped around half a walnut.",
      "zh-CN":
        "同样是文火慢烘的布哈拉西梅，烘干后去核，再用蒸汽稍稍回软，口感柔润。天然的甜，不加糖，不加防腐剂。早餐时吃两三颗是布哈拉人的老习惯；裹上半颗核桃仁也一样好吃。",
    },
    tags: ["pitted", "no-added-sugar", "soft", "bestseller"],
    stock_origin: "cross_border",
    trade: foodTrade("bukhara-olu", {
      name_zh: "去核西梅干",
      ingredients_zh: "李子（匈牙利李品种）",
      place_zh: "布哈拉州吉日杜万区",
      origin_region: "bukhara",
      hs_code: PRUNE,
      vat_rate: 9,
      shelf_life_days: 270,
      storage: STORAGE.dryFruit,
      allergens: [],
      certificates: ["gacc", "halal"],
    }),
    ...byWeight("BZ-PRN-BKP", [
      ["250 g", 36, 140],
      ["500 g", 66, 96],
      ["1 kg", 125, 35],
    ]),
    image: { motif: "prune", color: "#3A2230", background: "#F3ECEF", variant: 1 },
  },
  {
    handle: "yellow-alucha-cherry-plums",
    exporter: "bukhara-olu",
    category: "prunes",
    collection: "dastarkhan",
    title: {
      en: "Yellow Alucha — Dried Cherry Plums",
      "zh-CN": "黄阿卢查樱桃李干",
      ru: "Алыча жёлтая сушёная",
    },
    subtitle: {
      en: "Sour-sweet, for the pot and for snacking",
      "zh-CN": "酸甜开胃 · 入菜零嘴两相宜",
    },
    description: {
      en: "Alucha is the small yellow cherry plum of Central Asia. Dried with its stone, it is sharply sour with a fruity sweetness underneath — the Uzbek kitchen's natural souring agent. Drop a handful into shurpa, plov or a pot of braised chicken, or nibble them the way you would Chinese sour plums.",
      "zh-CN":
        "阿卢查是中亚的小黄樱桃李，带核晒干后酸味鲜明，回味是果香的甜，是乌兹别克厨房里的“天然酸味剂”。煮肖尔巴汤、做抓饭或炖鸡时丢一把进去，也可以像话梅一样当零嘴。",
    },
    tags: ["sour", "cooking", "with-stone", "bukhara"],
    stock_origin: "cross_border",
    trade: foodTrade("bukhara-olu", {
      name_zh: "樱桃李干（阿卢查）",
      ingredients_zh: "樱桃李",
      place_zh: "布哈拉州吉日杜万区",
      origin_region: "bukhara",
      hs_code: PRUNE,
      vat_rate: 9,
      shelf_life_days: 365,
      storage: STORAGE.dryFruit,
      allergens: [],
      certificates: ["gacc", "halal"],
    }),
    ...byWeight("BZ-PRN-ALU", [
      ["250 g", 32, 66],
      ["500 g", 58, 40],
    ]),
    image: { motif: "prune", color: "#D4A017", background: "#FFF8DC", variant: 2 },
  },

  // ── Dried melon ───────────────────────────────────────────────────────────
  {
    handle: "khorezm-gulabi-melon-braid",
    exporter: "khiva-qovun",
    category: "dried-melon",
    collection: "consulate-picks",
    title: {
      en: "Khorezm Gulabi Melon Braid",
      "zh-CN": "花剌子模古拉比甜瓜辫",
      ru: "Хорезмская дыня «Гуляби» в косе",
    },
    subtitle: {
      en: "Sun-dried strips of rose-scented melon, plaited by hand",
      "zh-CN": "玫瑰香甜瓜切条日晒 · 手工编辫",
    },
    description: {
      en: "Gulabi is Khorezm's late-season melon, named for its faint scent of roses. In September it is peeled, cut into long ribbons and hung in the desert sun; while still pliable the strips are plaited into braids of about 500 g each, as Khiva has done for centuries. Chewy, floral and very sweet — snip off a few centimetres at a time and serve with green tea.",
      "zh-CN":
        "古拉比是花剌子模的晚熟甜瓜，因带有淡淡的玫瑰香而得名（“古拉比”意为“玫瑰色的”）。九月采收后削皮，切成长长的瓜带，挂在沙漠烈日下晾晒，趁瓜条还柔软时编成辫子，每条约500克——希瓦人这样做已有几百年。口感有嚼劲，花香浓，很甜；每次剪下几厘米，配绿茶正好。",
    },
    tags: ["handmade", "sun-dried", "traditional", "gift", "khorezm"],
    stock_origin: "cross_border",
    trade: foodTrade("khiva-qovun", {
      name_zh: "甜瓜干（古拉比瓜辫）",
      ingredients_zh: "甜瓜（古拉比品种）",
      place_zh: "花剌子模州哈扎拉斯普区",
      origin_region: "khorezm",
      hs_code: OTHER_DRIED,
      vat_rate: 9,
      shelf_life_days: 270,
      storage: STORAGE.dryFruit,
      allergens: [],
      certificates: ["gacc"],
    }),
    ...byWeight("BZ-MLN-GUL", [
      ["500 g", 78, 44],
      ["1 kg", 148, 12],
    ]),
    image: { motif: "melon", color: "#E3B04B", background: "#FFF5DA", variant: 0 },
  },
  {
    handle: "mirzachul-dried-melon-strips",
    exporter: "khiva-qovun",
    category: "dried-melon",
    collection: "harvest-week",
    title: {
      en: "Mirzachul Dried Melon Strips",
      "zh-CN": "米尔扎乔尔甜瓜干条",
      ru: "Дыня сушёная мирзачульская, ломтики",
    },
    subtitle: {
      en: "Honey-sweet steppe melon, cut for snacking",
      "zh-CN": "草原蜜瓜 · 切成小条随手吃",
    },
    description: {
      en: "The Mirzachul — the old 'Hungry Steppe' between Jizzakh and Syrdarya — grows firm, honey-sweet melons in its hot, dry summers. Khiva Qovun cuts them into finger-length strips and dries them in the sun, which makes them easier to share than a whole braid. Think of a richer, chewier cousin of dried Hami melon.",
      "zh-CN":
        "米尔扎乔尔，即吉扎克与锡尔河之间旧称“饥饿草原”的地方，夏季炎热干燥，出产肉质紧实、甜如蜜的甜瓜。瓜坊把它们切成手指长的小条日晒，比整条瓜辫更方便分享。可以把它当作哈密瓜干的“表亲”——味道更浓，也更有嚼劲。",
    },
    tags: ["sun-dried", "sulphur-free", "snack"],
    stock_origin: "cross_border",
    trade: foodTrade("khiva-qovun", {
      name_zh: "甜瓜干条",
      ingredients_zh: "甜瓜",
      place_zh: "吉扎克州米尔扎乔尔地区",
      origin_region: "jizzakh",
      hs_code: OTHER_DRIED,
      vat_rate: 9,
      shelf_life_days: 365,
      storage: STORAGE.dryFruit,
      allergens: [],
      certificates: ["gacc"],
    }),
    ...byWeight("BZ-MLN-MRZ", [
      ["250 g", 39, 90],
      ["500 g", 72, 50],
    ]),
    image: { motif: "melon", color: "#E8C36A", background: "#FFF8E6", variant: 1 },
  },
  {
    handle: "candied-melon-cubes",
    exporter: "khiva-qovun",
    category: "dried-melon",
    collection: "dastarkhan",
    title: {
      en: "Candied Melon Cubes",
      "zh-CN": "甜瓜蜜饯丁",
      ru: "Цукаты из дыни",
    },
    subtitle: {
      en: "Melon simmered in a light syrup, then dried",
      "zh-CN": "甜瓜淡糖浆慢煮后晾干",
    },
    description: {
      en: "The trimmings left when Gulabi melons are cut for braids are diced, simmered slowly in a light sugar syrup and dried again. The cubes come out tender, translucent and gently sweet — good dropped into tea, scattered over yoghurt or baked into a cake. Contains added sugar.",
      "zh-CN":
        "切瓜辫时修下的古拉比瓜肉，切成小丁，用淡糖浆文火慢煮后再晾干。瓜丁软糯透亮，甜得温和，泡茶、拌酸奶、做蛋糕都合适。含添加糖。",
    },
    tags: ["candied", "snack", "baking"],
    stock_origin: "cross_border",
    trade: foodTrade("khiva-qovun", {
      name_zh: "甜瓜蜜饯",
      ingredients_zh: "甜瓜、白砂糖",
      place_zh: "花剌子模州哈扎拉斯普区",
      origin_region: "khorezm",
      hs_code: CANDIED,
      vat_rate: 13,
      shelf_life_days: 365,
      storage: STORAGE.dryFruit,
      allergens: [],
      certificates: ["gacc"],
    }),
    ...byWeight("BZ-MLN-CND", [
      ["250 g", 29, 100],
      ["500 g", 52, 60],
    ]),
    image: { motif: "melon", color: "#F0C75E", background: "#FFFBEA", variant: 2 },
  },

  // ── Figs, berries & jida ──────────────────────────────────────────────────
  {
    handle: "denov-sun-dried-figs",
    exporter: "babatag-wild-harvest",
    category: "figs-and-berries",
    collection: "new-arrivals",
    title: {
      en: "Denov Sun-Dried Figs",
      "zh-CN": "杰瑙日晒无花果干",
      ru: "Денауский инжир сушёный",
    },
    subtitle: {
      en: "Whole figs from Surxondaryo with soft, jammy centres",
      "zh-CN": "苏尔汉河州整颗无花果 · 软心如果酱",
    },
    description: {
      en: "Surxondaryo is Uzbekistan's warmest province, and the figs of the Denov valley ripen to a honeyed, jammy sweetness by late August. They are dried whole in the sun and pressed flat by hand, keeping a soft centre full of tiny crunchy seeds. Lovely with cheese, stirred into porridge or simply with a pot of tea.",
      "zh-CN":
        "苏尔汉河州是乌兹别克斯坦最温暖的地方，杰瑙谷地的无花果到八月下旬就熟得像果酱一样甜。整颗日晒后手工压扁，中心依然软糯，满是细小脆口的籽。配奶酪、拌燕麦，或者就着一壶茶吃都好。",
    },
    tags: ["sun-dried", "sulphur-free", "whole"],
    stock_origin: "cross_border",
    trade: foodTrade("babatag-wild-harvest", {
      name_zh: "无花果干",
      ingredients_zh: "无花果",
      place_zh: "苏尔汉河州杰瑙区",
      origin_region: "surxondaryo",
      hs_code: FIG,
      vat_rate: 9,
      shelf_life_days: 365,
      storage: STORAGE.dryFruit,
      allergens: [],
      certificates: ["gacc"],
    }),
    ...byWeight("BZ-FIG-DNV", [
      ["250 g", 45, 60],
      ["500 g", 85, 30],
    ]),
    image: { motif: "fig", color: "#8C6A3C", background: "#F6EFE4", variant: 0 },
  },
  {
    handle: "samarkand-white-mulberries",
    exporter: "zarafshan-orchards",
    category: "figs-and-berries",
    collection: "samarkand-heritage",
    title: {
      en: "Samarkand White Mulberries",
      "zh-CN": "撒马尔罕白桑葚干",
      ru: "Белая шелковица самаркандская сушёная",
    },
    subtitle: {
      en: "From old Silk Road mulberry trees",
      "zh-CN": "采自丝绸之路上的老桑树",
    },
    description: {
      en: "Samarkand's canals are lined with old white mulberry trees, planted generations ago to feed silkworms. In June the berries are shaken down onto cloths and dried in the sun; they turn pale gold and crisp-chewy, with a sweetness somewhere between fig and honey. Eat them like raisins or stir them into yoghurt.",
      "zh-CN":
        "撒马尔罕的灌渠两旁长满了老白桑树，是几代人之前为养蚕种下的。六月把桑葚摇落在布上，再拿去日晒，干后呈浅金色，口感脆中带韧，甜味介于无花果和蜂蜜之间。可以像葡萄干一样直接吃，也可以拌进酸奶。",
    },
    tags: ["sun-dried", "sulphur-free", "snack", "samarkand"],
    stock_origin: "cross_border",
    trade: foodTrade("zarafshan-orchards", {
      name_zh: "白桑葚干",
      ingredients_zh: "白桑葚",
      place_zh: "撒马尔罕州乌尔古特区",
      origin_region: "samarkand",
      hs_code: OTHER_DRIED,
      vat_rate: 9,
      shelf_life_days: 365,
      storage: STORAGE.dryFruit,
      allergens: [],
      certificates: ["gacc", "haccp", "halal"],
    }),
    ...byWeight("BZ-MUL-SMK", [
      ["250 g", 39, 75],
      ["500 g", 72, 45],
    ]),
    image: { motif: "mulberry", color: "#E6D3A3", background: "#FBF6EA", variant: 0 },
  },
  {
    handle: "fergana-sun-dried-sour-cherries",
    exporter: "fergana-golden-valley",
    category: "figs-and-berries",
    collection: "new-arrivals",
    title: {
      en: "Fergana Sun-Dried Sour Cherries",
      "zh-CN": "费尔干纳日晒酸樱桃干",
      ru: "Вишня ферганская сушёная",
    },
    subtitle: {
      en: "Pitted, unsweetened and properly tart",
      "zh-CN": "去核 · 不加糖 · 酸得过瘾",
    },
    description: {
      en: "From the cooperative's small sour-cherry orchard in Oltiariq: dark, morello-type cherries pitted by machine and dried in the sun with no sugar added. Deep red, chewy and bracingly tart — the way dried cherries tasted before everyone started sweetening them. Bake them into bread or mix them with walnuts for the trail.",
      "zh-CN":
        "出自合作社在奥尔季阿里克的那片小酸樱桃园：深色的欧洲酸樱桃机器去核后日晒，不加糖。颜色深红，有嚼劲，酸得爽快——这才是樱桃干加糖之前的本味。可以烤进面包，也可以和核桃仁拌在一起，出门带着吃。",
    },
    tags: ["sun-dried", "no-added-sugar", "tart", "baking"],
    stock_origin: "cross_border",
    trade: foodTrade("fergana-golden-valley", {
      name_zh: "酸樱桃干",
      ingredients_zh: "酸樱桃",
      place_zh: "费尔干纳州奥尔季阿里克区",
      origin_region: "fergana",
      hs_code: OTHER_DRIED,
      vat_rate: 9,
      shelf_life_days: 365,
      storage: STORAGE.dryFruit,
      allergens: [],
      certificates: ["gacc", "haccp"],
    }),
    ...byWeight("BZ-CHR-FRG", [
      ["250 g", 52, 38],
      ["500 g", 98, 5],
    ]),
    image: { motif: "cherry", color: "#7B1E2B", background: "#F8E8EA", variant: 0 },
  },
  {
    handle: "khorezm-jida-oleaster",
    exporter: "khiva-qovun",
    category: "figs-and-berries",
    collection: "dastarkhan",
    title: {
      en: "Khorezm Jida — Dried Oleaster Fruit",
      "zh-CN": "花剌子模沙枣（吉达）",
      ru: "Джида хорезмская",
    },
    subtitle: {
      en: "The floury, date-sweet fruit of the oasis roads",
      "zh-CN": "绿洲路边的沙枣 · 粉糯似枣",
    },
    description: {
      en: "Jida trees — oleaster, or Russian olive — line the roads and canals of the Khorezm oasis. Their fruit is picked in October and left to finish drying on the branch and in the sun. Under the thin russet skin is a dry, floury flesh that tastes of dates and chestnuts. Nibble them with tea and spit out the long stone, as Khorezm children do.",
      "zh-CN":
        "沙枣树（乌兹别克语叫“吉达”）长满了花剌子模绿洲的路旁和渠边。十月采果，先在枝头、再在太阳下晾干。薄薄的红褐色果皮下，是干爽粉糯的果肉，吃起来像红枣，又有点像板栗。像花剌子模的孩子们那样就着茶慢慢嚼，吐掉长长的果核就好。",
    },
    tags: ["traditional", "with-stone", "snack", "khorezm"],
    stock_origin: "cross_border",
    trade: foodTrade("khiva-qovun", {
      name_zh: "沙枣干",
      ingredients_zh: "沙枣",
      place_zh: "花剌子模州希瓦区",
      origin_region: "khorezm",
      hs_code: OTHER_DRIED,
      vat_rate: 9,
      shelf_life_days: 540,
      storage: STORAGE.dryFruit,
      allergens: [],
      certificates: ["gacc"],
    }),
    ...byWeight("BZ-JID-KHZ", [
      ["500 g", 36, 80],
      ["1 kg", 65, 34],
    ]),
    image: { motif: "cherry", color: "#A0522D", background: "#F5EDE6", variant: 1 },
  },
]
