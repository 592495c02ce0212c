import type { ProductSeed } from "../../src/catalog-types"
import { byWeight, foodTrade, STORAGE } from "./_build"

const WALNUT_IN_SHELL = "0802310000"
const WALNUT_SHELLED = "0802320000"
const ALMOND_IN_SHELL = "0802110000"
const ALMOND_SHELLED = "0802120000"
const PISTACHIO_IN_SHELL = "0802510000"
const PISTACHIO_SHELLED = "0802520000"
/** 1212.99.12 sweet apricot kernels. */
const SWEET_APRICOT_KERNEL = "1212991200"
/** 2008.19.99 other nuts and seeds, roasted or otherwise prepared. */
const ROASTED_NUTS = "2008199990"

export const nutsProducts: ProductSeed[] = [
  // ── Walnuts ───────────────────────────────────────────────────────────────
  {
    handle: "chust-thin-shell-walnuts",
    exporter: "namangan-nut-orchards",
    category: "walnuts",
    collection: "harvest-week",
    title: {
      en: "Chust Thin-Shell Walnuts, in Shell",
      "zh-CN": "楚斯特薄壳核桃（带壳）",
      ru: "Грецкий орех чустский тонкоскорлупный",
    },
    subtitle: {
      en: "Crack them in your hand — this season's harvest",
      "zh-CN": "手捏即开 · 当季新货",
    },
    description: {
      en: "Walnuts from the Chust nursery's own selections, bred for a shell thin enough to crack in your palm or by pressing two nuts together. They are hulled, rinsed in plain water and dried in the shade — never bleached — so the shells are a natural light brown and the kernels pale and sweet, without the bitterness of old stock. Picked this September.",
      "zh-CN":
        "来自楚斯特苗圃自己选育的品种，壳薄到用手一捏、或两颗一挤就开。去青皮后只用清水洗净、阴干，从不漂白，所以壳是自然的浅褐色，仁色浅、味香甜，没有陈货的涩味。今年九月采收的新货。",
    },
    tags: ["new-season", "in-shell", "thin-shell", "bestseller"],
    stock_origin: "cross_border",
    trade: foodTrade("namangan-nut-orchards", {
      name_zh: "带壳核桃",
      ingredients_zh: "核桃",
      place_zh: "纳曼干州楚斯特区",
      origin_region: "namangan",
      hs_code: WALNUT_IN_SHELL,
      vat_rate: 9,
      shelf_life_days: 365,
      storage: STORAGE.nuts,
      allergens: ["tree_nuts"],
      certificates: ["gacc", "iso22000", "halal"],
    }),
    ...byWeight("BZ-WAL-SHL", [
      ["1 kg", 98, 150],
      ["2 kg", 185, 60],
    ]),
    image: { motif: "walnut", color: "#B08A5A", background: "#F5EEE3", variant: 0 },
  },
  {
    handle: "chust-walnut-kernels-light-halves",
    exporter: "namangan-nut-orchards",
    category: "walnuts",
    collection: "consulate-picks",
    title: {
      en: "Chust Walnut Kernels, Light Halves",
      "zh-CN": "楚斯特浅色核桃仁（完整半仁）",
      ru: "Ядро грецкого ореха, светлые половинки",
    },
    subtitle: {
      en: "Graded by hand — only pale, unbroken halves",
      "zh-CN": "人工按色分级 · 只选浅色完整半仁",
    },
    description: {
      en: "After cracking, every kernel passes over a lit sorting table where the women of the Chust plant pick out the pale, unbroken halves — the sweetest and least bitter part of the harvest. They are vacuum-packed within days of cracking so they stay fresh. Eat them plain, with honey, or tucked into dried apricots the Uzbek way.",
      "zh-CN":
        "破壳后，每一粒核桃仁都要经过楚斯特工厂的灯光分拣台，由女工挑出颜色浅、完整的半仁——这是整季收成里最香甜、最不涩的部分。破壳后几天内即真空包装，保持新鲜。直接吃、蘸蜂蜜，或者学乌兹别克人塞进杏干里都很好。",
    },
    tags: ["kernels", "hand-sorted", "premium", "new-season"],
    stock_origin: "cross_border",
    trade: foodTrade("namangan-nut-orchards", {
      name_zh: "核桃仁",
      ingredients_zh: "核桃仁",
      place_zh: "纳曼干州楚斯特区",
      origin_region: "namangan",
      hs_code: WALNUT_SHELLED,
      vat_rate: 9,
      shelf_life_days: 270,
      storage: STORAGE.nuts,
      allergens: ["tree_nuts"],
      certificates: ["gacc", "iso22000", "halal"],
    }),
    ...byWeight("BZ-WAL-LHV", [
      ["250 g", 46, 90],
      ["500 g", 86, 70],
      ["1 kg", 158, 25],
    ]),
    image: { motif: "walnut", color: "#D9B98A", background: "#FBF5EA", variant: 1 },
  },
  {
    handle: "walnut-pieces-amber",
    exporter: "namangan-nut-orchards",
    category: "walnuts",
    collection: "harvest-week",
    title: {
      en: "Walnut Pieces for Baking, Amber Grade",
      "zh-CN": "琥珀色核桃碎仁（烘焙用）",
      ru: "Ядро грецкого ореха, янтарная четвертинка",
    },
    subtitle: {
      en: "All the flavour, at a friendlier price",
      "zh-CN": "风味十足 · 价格更实惠",
    },
    description: {
      en: "The darker quarters and pieces set aside while our light halves are graded. They have every bit of the flavour — a little toastier, a touch more tannic — at a much friendlier price, and they save you the chopping. Use them in cakes and biscuits, in walnut-and-garlic sauces, or over a morning bowl of porridge.",
      "zh-CN":
        "分拣浅色半仁时挑出来的深色四分仁和碎仁。风味一点不少——烘香更足，略带一丝涩——价格却实惠得多，还省去了切碎的工夫。做蛋糕饼干、调核桃蒜酱，或者撒在早餐的燕麦粥上都合适。",
    },
    tags: ["kernels", "baking", "value"],
    stock_origin: "cross_border",
    trade: foodTrade("namangan-nut-orchards", {
      name_zh: "核桃碎仁",
      ingredients_zh: "核桃仁",
      place_zh: "纳曼干州楚斯特区",
      origin_region: "namangan",
      hs_code: WALNUT_SHELLED,
      vat_rate: 9,
      shelf_life_days: 270,
      storage: STORAGE.nuts,
      allergens: ["tree_nuts"],
      certificates: ["gacc", "iso22000", "halal"],
    }),
    ...byWeight("BZ-WAL-AMB", [
      ["500 g", 62, 85],
      ["1 kg", 115, 40],
    ]),
    image: { motif: "walnut", color: "#9C6B3C", background: "#F3EADF", variant: 2 },
  },

  // ── Almonds ───────────────────────────────────────────────────────────────
  {
    handle: "namangan-sweet-almonds",
    exporter: "namangan-nut-orchards",
    category: "almonds",
    collection: "harvest-week",
    title: {
      en: "Namangan Sweet Almonds, Shelled",
      "zh-CN": "纳曼干甜巴旦木仁（原味生仁）",
      ru: "Миндаль наманганский, ядро",
    },
    subtitle: {
      en: "Raw kernels from the Chust orchards",
      "zh-CN": "楚斯特果园生果仁 · 只去壳不加工",
    },
    description: {
      en: "Almonds have grown in the dry foothills of Namangan for as long as anyone remembers. These are raw kernels from the company's own orchards, shelled but neither blanched nor roasted, with a sweet, marzipan-like flavour and a clean snap. Toast them lightly at home, soak them overnight, or grind them for baking.",
      "zh-CN":
        "纳曼干干旱的山麓种巴旦木的历史，久远得没人说得清。这款是公司自有果园的生果仁，只去壳，不去皮、不烘烤，带着杏仁膏般的甜香，咬下去清脆。可以在家稍微烤一烤，泡一夜再吃，或者磨粉做烘焙。",
    },
    tags: ["raw", "kernels", "baking"],
    stock_origin: "cross_border",
    trade: foodTrade("namangan-nut-orchards", {
      name_zh: "巴旦木仁",
      ingredients_zh: "巴旦木仁（扁桃仁）",
      place_zh: "纳曼干州楚斯特区",
      origin_region: "namangan",
      hs_code: ALMOND_SHELLED,
      vat_rate: 9,
      shelf_life_days: 365,
      storage: STORAGE.nuts,
      allergens: ["tree_nuts"],
      certificates: ["gacc", "iso22000", "halal"],
    }),
    ...byWeight("BZ-ALM-NMG", [
      ["250 g", 42, 110],
      ["500 g", 78, 80],
      ["1 kg", 145, 30],
    ]),
    image: { motif: "almond", color: "#C8A07A", background: "#F8F1E8", variant: 0 },
  },
  {
    handle: "qogoz-paper-shell-almonds",
    exporter: "namangan-nut-orchards",
    category: "almonds",
    collection: "harvest-week",
    title: {
      en: "Qog'oz Bodom — Paper-Shell Almonds",
      "zh-CN": "纸皮巴旦木（带壳）",
      ru: "Миндаль «кагози» в скорлупе",
    },
    subtitle: {
      en: "A shell you can crack between two fingers",
      "zh-CN": "薄壳一捏就开",
    },
    description: {
      en: "Qog'oz bodom means 'paper almond': a Central Asian type whose shell is so thin it cracks between finger and thumb. They are sold in the shell, as in every Uzbek bazaar, so the kernels stay fresh and sweet until the moment you open them — the perfect nut for a long evening of tea and conversation.",
      "zh-CN":
        "“阔格兹巴达姆”意为“纸皮巴旦木”，是中亚特有的一类，壳薄到用拇指和食指一捏就裂。像乌兹别克巴扎上一样带壳出售，果仁在剥开之前一直新鲜香甜。泡一壶茶、聊一晚上天，手边最合适的就是它。",
    },
    tags: ["in-shell", "thin-shell", "snack"],
    stock_origin: "cross_border",
    trade: foodTrade("namangan-nut-orchards", {
      name_zh: "带壳巴旦木",
      ingredients_zh: "巴旦木（扁桃）",
      place_zh: "纳曼干州楚斯特区",
      origin_region: "namangan",
      hs_code: ALMOND_IN_SHELL,
      vat_rate: 9,
      shelf_life_days: 365,
      storage: STORAGE.nuts,
      allergens: ["tree_nuts"],
      certificates: ["gacc", "iso22000", "halal"],
    }),
    ...byWeight("BZ-ALM-QOG", [
      ["500 g", 49, 95],
      ["1 kg", 92, 45],
    ]),
    image: { motif: "almond", color: "#B5895B", background: "#F6EEE4", variant: 1 },
  },
  {
    handle: "boysun-salt-roasted-almonds",
    exporter: "babatag-wild-harvest",
    category: "almonds",
    collection: "new-arrivals",
    title: {
      en: "Almonds Roasted with Boysun Rock Salt",
      "zh-CN": "拜松岩盐烤巴旦木",
      ru: "Миндаль, обжаренный с байсунской солью",
    },
    subtitle: {
      en: "Slow-roasted in the shell, lightly salted",
      "zh-CN": "带壳慢烤 · 微咸",
    },
    description: {
      en: "Almonds from the Denov valley, soaked in a brine of Boysun mountain rock salt and slow-roasted in their shells until the kernels turn golden and crisp. Most of the salt stays on the shell, so the kernel is only lightly seasoned — just like the warm almonds sold by the glass at bazaars in the south of Uzbekistan.",
      "zh-CN":
        "杰瑙谷地的巴旦木，先在拜松山岩盐调成的盐水里浸泡，再带壳慢烤，直到果仁金黄酥脆。盐分大多留在壳上，果仁只是微微带咸——乌兹别克南部巴扎上论杯卖、现烤热乎的就是这个味道。",
    },
    tags: ["roasted", "salted", "in-shell", "snack"],
    stock_origin: "cross_border",
    trade: foodTrade("babatag-wild-harvest", {
      name_zh: "盐烤巴旦木",
      ingredients_zh: "巴旦木（扁桃）、岩盐",
      place_zh: "苏尔汉河州杰瑙区",
      origin_region: "surxondaryo",
      hs_code: ROASTED_NUTS,
      vat_rate: 13,
      shelf_life_days: 270,
      storage: STORAGE.roasted,
      allergens: ["tree_nuts"],
      certificates: ["gacc"],
    }),
    ...byWeight("BZ-ALM-BSR", [
      ["250 g", 48, 70],
      ["500 g", 89, 35],
    ]),
    image: { motif: "almond", color: "#A97142", background: "#F4E9DC", variant: 2 },
  },

  // ── Pistachios ────────────────────────────────────────────────────────────
  {
    handle: "babatag-wild-pistachios-raw",
    exporter: "babatag-wild-harvest",
    category: "pistachios",
    collection: "new-arrivals",
    title: {
      en: "Babatag Wild Pistachios, Raw in Shell",
      "zh-CN": "巴巴塔格野生开心果（原味带壳）",
      ru: "Дикая фисташка Бабатага, сырая, в скорлупе",
    },
    subtitle: {
      en: "Small, deep green and resinous",
      "zh-CN": "个小仁绿 · 松脂清香",
    },
    description: {
      en: "Gathered by hand in September from the old pistachio woodland of the Babatag ridge. Wild pistachios are smaller than orchard nuts and not every shell splits, but the kernels are a deep green with a resinous, almost pine-like flavour that cultivated pistachios simply do not have. Raw and unsalted — warm them in a dry pan for a minute to wake up the aroma.",
      "zh-CN":
        "九月从巴巴塔格山的古老开心果林里人工采摘。野生开心果比园植的小，也不是每颗都开口，但果仁颜色深绿，带着树脂般、近乎松香的风味，这是园植开心果没有的。原味生果，不加盐——用干锅小火焙上一分钟，香气就出来了。",
    },
    tags: ["wild", "raw", "in-shell", "organic"],
    stock_origin: "cross_border",
    trade: foodTrade("babatag-wild-harvest", {
      name_zh: "野生开心果（带壳）",
      ingredients_zh: "野生开心果",
      place_zh: "苏尔汉河州巴巴塔格山区",
      origin_region: "surxondaryo",
      hs_code: PISTACHIO_IN_SHELL,
      vat_rate: 9,
      shelf_life_days: 365,
      storage: STORAGE.nuts,
      allergens: ["tree_nuts"],
      certificates: ["gacc", "organic_uz"],
    }),
    ...byWeight("BZ-PIS-RAW", [
      ["250 g", 68, 40],
      ["500 g", 128, 18],
    ]),
    image: { motif: "pistachio", color: "#8DA04A", background: "#F2F5E6", variant: 0 },
  },
  {
    handle: "babatag-wild-pistachios-salt-roasted",
    exporter: "babatag-wild-harvest",
    category: "pistachios",
    collection: "new-arrivals",
    title: {
      en: "Babatag Wild Pistachios, Salt-Roasted",
      "zh-CN": "巴巴塔格野生开心果（盐焗）",
      ru: "Дикая фисташка Бабатага, жареная с солью",
    },
    subtitle: {
      en: "Roasted with rock salt and lemon juice, the bazaar way",
      "zh-CN": "岩盐柠檬汁烘烤 · 巴扎老做法",
    },
    description: {
      en: "The same wild pistachios, soaked in lemon juice and Boysun rock salt and roasted until the shells turn pale and crackle with salt. Tangy, salty and deeply nutty — exactly the pistachios sold warm by the glass at Uzbek bazaars, and dangerously hard to stop eating.",
      "zh-CN":
        "同样的野生开心果，在柠檬汁和拜松岩盐调成的汁水里浸泡后烘烤，直到果壳泛白、挂满细盐。咸香微酸，坚果味浓——正是乌兹别克巴扎上论杯卖、捧在手里还热乎的那种开心果，一吃就停不下来。",
    },
    tags: ["wild", "roasted", "salted", "bestseller"],
    stock_origin: "cross_border",
    trade: foodTrade("babatag-wild-harvest", {
      name_zh: "盐焗野生开心果",
      ingredients_zh: "野生开心果、岩盐、柠檬汁",
      place_zh: "苏尔汉河州巴巴塔格山区",
      origin_region: "surxondaryo",
      hs_code: ROASTED_NUTS,
      vat_rate: 13,
      shelf_life_days: 270,
      storage: STORAGE.roasted,
      allergens: ["tree_nuts"],
      certificates: ["gacc"],
    }),
    ...byWeight("BZ-PIS-RST", [
      ["250 g", 72, 55],
      ["500 g", 136, 22],
    ]),
    image: { motif: "pistachio", color: "#C9B98A", background: "#F7F3E6", variant: 1 },
  },
  {
    handle: "wild-pistachio-kernels",
    exporter: "babatag-wild-harvest",
    category: "pistachios",
    collection: "new-arrivals",
    title: {
      en: "Wild Pistachio Kernels",
      "zh-CN": "野生开心果仁",
      ru: "Ядро дикой фисташки",
    },
    subtitle: {
      en: "Shelled by hand, raw and deep green",
      "zh-CN": "人工剥壳 · 生仁 · 深绿色",
    },
    description: {
      en: "Wild pistachios that did not split on the tree are cracked and shelled by hand in Denov, leaving small raw kernels of an unusually deep green. Pastry cooks prize them for exactly that colour and flavour: use them in baklava or ice cream, or scatter them over rice. A small pack goes a long way.",
      "zh-CN":
        "没有在树上自然开口的野生开心果，在杰瑙由人工敲壳、剥出果仁：颗粒小，是生仁，颜色绿得格外深。甜点师偏爱的正是这种颜色和风味——做果仁蜜饼、冰淇淋，或者撒在米饭上，都好看又好吃。小小一包，能用很久。",
    },
    tags: ["wild", "raw", "kernels", "baking"],
    stock_origin: "cross_border",
    trade: foodTrade("babatag-wild-harvest", {
      name_zh: "野生开心果仁",
      ingredients_zh: "野生开心果仁",
      place_zh: "苏尔汉河州杰瑙区",
      origin_region: "surxondaryo",
      hs_code: PISTACHIO_SHELLED,
      vat_rate: 9,
      shelf_life_days: 365,
      storage: STORAGE.nuts,
      allergens: ["tree_nuts"],
      certificates: ["gacc", "organic_uz"],
    }),
    ...byWeight("BZ-PIS-KRN", [
      ["100 g", 46, 30],
      ["250 g", 108, 0],
    ]),
    image: { motif: "pistachio", color: "#4F7A2A", background: "#EEF4E4", variant: 2 },
  },

  // ── Apricot kernels ───────────────────────────────────────────────────────
  {
    handle: "sweet-apricot-kernels-raw",
    exporter: "namangan-nut-orchards",
    category: "apricot-kernels",
    collection: "harvest-week",
    title: {
      en: "Sweet Apricot Kernels, Raw",
      "zh-CN": "甜杏仁（原味生仁）",
      ru: "Ядро абрикосовой косточки сладкое",
    },
    subtitle: {
      en: "From the stones of Fergana Valley apricots — sweet, never bitter",
      "zh-CN": "取自费尔干纳盆地的杏核 · 只选甜仁",
    },
    description: {
      en: "Every dried apricot leaves a stone behind. The Chust plant buys them from dried-fruit makers across the Fergana Valley, cracks them and keeps only the kernels of sweet-kernel varieties; every lot is tested, and bitter kernels are never sold here. Mild and almond-like — enjoy a small handful at a time, or add them to porridge and baking.",
      "zh-CN":
        "每一颗杏干都会留下一枚杏核。楚斯特工厂从费尔干纳盆地各地的杏干作坊收购杏核，敲开后只保留甜仁品种的杏仁；每批都经过检测，本店不售苦杏仁。味道温和，带淡淡的杏仁香——每次吃一小把即可，也可以放进粥里或用于烘焙。",
    },
    tags: ["raw", "kernels", "sweet"],
    stock_origin: "cross_border",
    trade: foodTrade("namangan-nut-orchards", {
      name_zh: "甜杏仁",
      ingredients_zh: "甜杏仁",
      place_zh: "纳曼干州楚斯特区",
      origin_region: "namangan",
      hs_code: SWEET_APRICOT_KERNEL,
      vat_rate: 9,
      shelf_life_days: 365,
      storage: STORAGE.nuts,
      allergens: ["tree_nuts"],
      certificates: ["gacc", "iso22000", "halal"],
    }),
    ...byWeight("BZ-APK-RAW", [
      ["250 g", 39, 100],
      ["500 g", 72, 60],
    ]),
    image: { motif: "apricot_kernel", color: "#D8B48A", background: "#FAF3EA", variant: 0 },
  },
  {
    handle: "salt-roasted-apricot-kernels",
    exporter: "namangan-nut-orchards",
    category: "apricot-kernels",
    collection: "dastarkhan",
    title: {
      en: "Salt-Roasted Apricot Kernels",
      "zh-CN": "盐焗甜杏仁",
      ru: "Абрикосовые ядра жареные солёные",
    },
    subtitle: {
      en: "Crisp, golden and lightly salted",
      "zh-CN": "酥脆金黄 · 微咸",
    },
    description: {
      en: "Sweet apricot kernels roasted with a little salt until golden and crisp, with a flavour somewhere between almond and marzipan. In Tashkent they are the classic snack with a cold beer, and they are every bit as good with a cup of tea.",
      "zh-CN": "甜杏仁加少许盐烘烤至金黄酥脆，味道介于巴旦木和杏仁膏之间。在塔什干，这是配冰啤酒的经典零嘴；配一杯热茶也同样好。",
    },
    tags: ["roasted", "salted", "snack"],
    stock_origin: "cross_border",
    trade: foodTrade("namangan-nut-orchards", {
      name_zh: "盐焗甜杏仁",
      ingredients_zh: "甜杏仁、食用盐",
      place_zh: "纳曼干州楚斯特区",
      origin_region: "namangan",
      hs_code: ROASTED_NUTS,
      vat_rate: 13,
      shelf_life_days: 270,
      storage: STORAGE.roasted,
      allergens: ["tree_nuts"],
      certificates: ["gacc", "iso22000", "halal"],
    }),
    ...byWeight("BZ-APK-RST", [
      ["250 g", 42, 85],
      ["500 g", 78, 40],
    ]),
    image: { motif: "apricot_kernel", color: "#C0894E", background: "#F7EDE1", variant: 1 },
  },
  {
    handle: "danak-salt-roasted-apricot-stones",
    exporter: "namangan-nut-orchards",
    category: "apricot-kernels",
    collection: "consulate-picks",
    title: {
      en: "Danak — Salt-Roasted Apricot Stones",
      "zh-CN": "达纳克盐烤杏核",
      ru: "Данак — жареные солёные абрикосовые косточки",
    },
    subtitle: {
      en: "Uzbekistan's favourite street snack, cracked and salted in the shell",
      "zh-CN": "乌兹别克街头头号零嘴 · 杏核开缝盐烤",
    },
    description: {
      en: "Walk through any Uzbek bazaar and you will see heaps of white-dusted stones called danak. Sweet apricot stones are cracked just open, coated in a thick salt paste and roasted, so the salt works its way inside the shell. Prise each one open, eat the warm, salty kernel and leave the shell — as addictive as a bag of roasted melon seeds.",
      "zh-CN":
        "走进任何一个乌兹别克巴扎，都能看到一堆堆裹着白霜的杏核，叫作“达纳克”。甜杏核先轻轻敲开一道缝，裹上浓盐浆再烘烤，让咸味渗进壳里。吃的时候把壳掰开，取出咸香的杏仁，跟嗑瓜子一样停不下来。",
    },
    tags: ["roasted", "salted", "in-shell", "street-food"],
    stock_origin: "cross_border",
    trade: foodTrade("namangan-nut-orchards", {
      name_zh: "盐烤杏核",
      ingredients_zh: "甜杏核（带壳）、食用盐",
      place_zh: "纳曼干州楚斯特区",
      origin_region: "namangan",
      hs_code: ROASTED_NUTS,
      vat_rate: 13,
      shelf_life_days: 270,
      storage: STORAGE.roasted,
      allergens: ["tree_nuts"],
      certificates: ["gacc", "iso22000", "halal"],
    }),
    ...byWeight("BZ-APK-DNK", [
      ["250 g", 26, 140],
      ["500 g", 46, 75],
    ]),
    image: { motif: "apricot_kernel", color: "#E8E0D0", background: "#F5F2EC", variant: 2 },
  },
]
