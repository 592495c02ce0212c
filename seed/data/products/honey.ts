import type { ProductSeed } from "../../src/catalog-types"
import { byWeight, foodTrade, STORAGE, TARE } from "./_build"

const HONEY = "0409000000"

export const honeyProducts: ProductSeed[] = [
  {
    handle: "zaamin-mountain-honey",
    exporter: "zaamin-mountain-apiaries",
    category: "honey",
    collection: "consulate-picks",
    title: {
      en: "Zaamin Mountain Wildflower Honey",
      "zh-CN": "扎阿明高山百花蜜",
      ru: "Заминский горный мёд разнотравье",
    },
    subtitle: {
      en: "From the juniper meadows at 2,000 m",
      "zh-CN": "采自海拔两千米的刺柏草甸",
    },
    description: {
      en: "In June the apiary's hives climb into the meadows around Zaamin National Park, among juniper, wild thyme, sage and mountain clover. The honey they bring back is dark amber and layered — floral at first, then herbal, with a faintly bitter finish. It sets slowly to a soft, fine-grained cream over the winter. The apiary's signature honey, kept in stock at our Guangzhou centre.",
      "zh-CN":
        "每年六月，蜂场的蜂箱上山进入扎阿明国家公园周边的草甸，四周是刺柏、野百里香、鼠尾草和山地三叶草。蜜蜂带回的蜂蜜呈深琥珀色，层次丰富——入口是花香，继而是草本香，尾韵带一丝微苦。入冬后会慢慢结晶成细腻柔软的蜜霜。这是蜂场的招牌蜜，广州展销中心现货。",
    },
    tags: ["raw", "single-origin", "mountain", "bestseller"],
    stock_origin: "domestic",
    trade: foodTrade("zaamin-mountain-apiaries", {
      name_zh: "高山百花蜜",
      ingredients_zh: "蜂蜜",
      place_zh: "吉扎克州扎阿明区",
      origin_region: "jizzakh",
      hs_code: HONEY,
      vat_rate: 9,
      shelf_life_days: 730,
      storage: STORAGE.honey,
      allergens: ["pollen"],
      certificates: ["gacc", "haccp", "halal"],
    }),
    ...byWeight(
      "BZ-HNY-ZMN",
      [
        ["250 g", 62, 70],
        ["500 g", 108, 85],
        ["1 kg", 198, 24],
      ],
      TARE.jar,
    ),
    image: { motif: "honey", color: "#A8641A", background: "#FBF0DE", variant: 0 },
  },
  {
    handle: "chimgan-highland-honey",
    exporter: "zaamin-mountain-apiaries",
    category: "honey",
    collection: "new-arrivals",
    title: {
      en: "Chimgan Highland Honey",
      "zh-CN": "奇姆甘高原蜜",
      ru: "Чимганский горный мёд",
    },
    subtitle: {
      en: "A small July harvest from the mountains above Tashkent",
      "zh-CN": "塔什干近郊山地 · 七月小批量采收",
    },
    description: {
      en: "A few lorries of hives travel on each July to the slopes of Big Chimgan, the mountain Tashkent escapes to in summer. The bees work wild rose, oregano, mint and St John's wort in the alpine meadows, and the honey is a warm golden colour with a minty, resinous aroma. Only a few hundred jars a year.",
      "zh-CN":
        "每年七月，会有几车蜂箱继续北上，来到大奇姆甘山的山坡上——那是塔什干人夏天避暑的地方。蜜蜂在高山草甸上采野蔷薇、牛至、薄荷和贯叶连翘，酿出的蜂蜜呈温暖的金黄色，带薄荷与树脂的香气。每年只有几百瓶。",
    },
    tags: ["raw", "single-origin", "mountain", "limited"],
    stock_origin: "cross_border",
    trade: foodTrade("zaamin-mountain-apiaries", {
      name_zh: "高原蜂蜜",
      ingredients_zh: "蜂蜜",
      place_zh: "塔什干州博斯坦雷克区奇姆甘山",
      origin_region: "tashkent",
      hs_code: HONEY,
      vat_rate: 9,
      shelf_life_days: 730,
      storage: STORAGE.honey,
      allergens: ["pollen"],
      certificates: ["gacc", "haccp", "halal"],
    }),
    ...byWeight(
      "BZ-HNY-CHM",
      [
        ["250 g", 68, 40],
        ["500 g", 118, 3],
      ],
      TARE.jar,
    ),
    image: { motif: "honey", color: "#D19A2E", background: "#FFF6E3", variant: 1 },
  },
  {
    handle: "sainfoin-esparcet-honey",
    exporter: "zaamin-mountain-apiaries",
    category: "honey",
    collection: "dastarkhan",
    title: {
      en: "Sainfoin (Esparcet) Honey",
      "zh-CN": "红豆草蜜（驴食草蜜）",
      ru: "Эспарцетовый мёд",
    },
    subtitle: {
      en: "Pale, creamy and delicate",
      "zh-CN": "色浅 · 绵密 · 清雅",
    },
    description: {
      en: "Sainfoin — esparcet in Russian — is a pink-flowered fodder legume sown on the foothill farms below Zaamin, and bees love it. Its honey is one of the palest there is, with a delicate, slightly floral taste and no harshness at all. It crystallises into a smooth white cream; spread it on bread or stir it into warm (not hot) milk.",
      "zh-CN":
        "红豆草（俄语叫“埃斯帕尔采特”，也称驴食草）是扎阿明山脚农场种植的一种开粉色花的豆科牧草，蜜蜂格外喜欢。它的蜜是颜色最浅的蜂蜜之一，味道清雅，带淡淡花香，一点也不冲。结晶后是细滑的白色蜜霜，抹面包，或者调进温热（不要太烫）的牛奶里都好。",
    },
    tags: ["raw", "single-origin", "creamy"],
    stock_origin: "cross_border",
    trade: foodTrade("zaamin-mountain-apiaries", {
      name_zh: "红豆草蜂蜜",
      ingredients_zh: "蜂蜜",
      place_zh: "吉扎克州扎阿明区",
      origin_region: "jizzakh",
      hs_code: HONEY,
      vat_rate: 9,
      shelf_life_days: 730,
      storage: STORAGE.honey,
      allergens: ["pollen"],
      certificates: ["gacc", "haccp", "halal"],
    }),
    ...byWeight(
      "BZ-HNY-SNF",
      [
        ["500 g", 96, 60],
        ["1 kg", 178, 20],
      ],
      TARE.jar,
    ),
    image: { motif: "honey", color: "#EEDCA8", background: "#FFFBF0", variant: 2 },
  },
  {
    handle: "white-acacia-honey",
    exporter: "zaamin-mountain-apiaries",
    category: "honey",
    collection: "harvest-week",
    title: {
      en: "White Acacia Honey",
      "zh-CN": "洋槐蜜",
      ru: "Акациевый мёд",
    },
    subtitle: {
      en: "Clear, mild and slow to crystallise",
      "zh-CN": "清透温和 · 不易结晶",
    },
    description: {
      en: "The first honey of the year, gathered in May when the white acacia blossoms along the roads and canals of the Jizzakh lowlands. It is almost water-clear, mild and sweet with a hint of vanilla, and stays liquid for a year or more. A good everyday honey for tea, lemon water and children.",
      "zh-CN":
        "一年中的第一茬蜜，五月吉扎克低地道路和水渠两旁洋槐花开时采收。蜜色清透近乎无色，口味温和甘甜，带一点香草气息，一年以上都不易结晶。泡茶、兑柠檬水、给孩子吃，都是很好的日常蜜。",
    },
    tags: ["raw", "single-origin", "everyday"],
    stock_origin: "cross_border",
    trade: foodTrade("zaamin-mountain-apiaries", {
      name_zh: "洋槐蜂蜜",
      ingredients_zh: "蜂蜜",
      place_zh: "吉扎克州",
      origin_region: "jizzakh",
      hs_code: HONEY,
      vat_rate: 9,
      shelf_life_days: 730,
      storage: STORAGE.honey,
      allergens: ["pollen"],
      certificates: ["gacc", "haccp", "halal"],
    }),
    ...byWeight(
      "BZ-HNY-ACA",
      [
        ["500 g", 88, 75],
        ["1 kg", 162, 30],
      ],
      TARE.jar,
    ),
    image: { motif: "honey", color: "#F2D37A", background: "#FFFCEB", variant: 3 },
  },
  {
    handle: "mirzachul-cotton-honey",
    exporter: "zaamin-mountain-apiaries",
    category: "honey",
    collection: "harvest-week",
    title: {
      en: "Mirzachul Cotton Honey",
      "zh-CN": "米尔扎乔尔棉花蜜",
      ru: "Хлопковый мёд Мирзачуля",
    },
    subtitle: {
      en: "Uzbekistan's everyday honey, set to a white cream",
      "zh-CN": "乌兹别克家常蜜 · 结晶洁白如霜",
    },
    description: {
      en: "Cotton flowers in July and August across the Mirzachul steppe, and cotton honey is what most Uzbek families keep in the kitchen. It is mild, sweet and slightly tangy, and it crystallises within weeks into a firm, snow-white cream that does not drip — ideal for spreading. The most affordable of our honeys.",
      "zh-CN":
        "每年七、八月，米尔扎乔尔草原上的棉花开花，棉花蜜是大多数乌兹别克家庭厨房里常备的蜂蜜。口味温和，甜中微酸，几周内就会结晶成雪白、紧实的蜜霜，不滴不流，最适合抹面包。是我们蜂蜜里最实惠的一款。",
    },
    tags: ["raw", "creamy", "value", "everyday"],
    stock_origin: "cross_border",
    trade: foodTrade("zaamin-mountain-apiaries", {
      name_zh: "棉花蜂蜜",
      ingredients_zh: "蜂蜜",
      place_zh: "吉扎克州米尔扎乔尔地区",
      origin_region: "jizzakh",
      hs_code: HONEY,
      vat_rate: 9,
      shelf_life_days: 730,
      storage: STORAGE.honey,
      allergens: ["pollen"],
      certificates: ["gacc", "haccp", "halal"],
    }),
    ...byWeight(
      "BZ-HNY-CTN",
      [
        ["500 g", 69, 110],
        ["1 kg", 125, 45],
      ],
      TARE.jar,
    ),
    image: { motif: "honey", color: "#F4EBD0", background: "#FBF8EF", variant: 4 },
  },
  {
    handle: "zaamin-comb-honey",
    exporter: "zaamin-mountain-apiaries",
    category: "honey",
    collection: "consulate-picks",
    title: {
      en: "Zaamin Comb Honey",
      "zh-CN": "扎阿明巢蜜",
      ru: "Заминский сотовый мёд",
    },
    subtitle: {
      en: "Whole capped comb, cut straight from the frame",
      "zh-CN": "整块封盖蜂巢 · 直接从巢框切下",
    },
    description: {
      en: "Mountain honey exactly as the bees left it: capped comb cut from the frame and packed in a clear box, nothing pressed or strained. Cut a slice, chew it like a sweet and let the soft wax melt away — or lay it on warm bread. A little wax is part of the pleasure. Kept in stock at our Guangzhou centre.",
      "zh-CN":
        "蜜蜂怎么封好的，就怎么送到你手上：从巢框上整块切下已封盖的蜂巢，装入透明盒中，不压榨、不过滤。切一小块，像糖一样慢慢嚼，让柔软的蜂蜡化开；或者放在热面包上吃。嚼到一点蜂蜡，本就是巢蜜的乐趣。广州展销中心现货。",
    },
    tags: ["raw", "comb", "gift", "mountain"],
    stock_origin: "domestic",
    trade: foodTrade("zaamin-mountain-apiaries", {
      name_zh: "巢蜜",
      ingredients_zh: "蜂蜜（含蜂巢）",
      place_zh: "吉扎克州扎阿明区",
      origin_region: "jizzakh",
      hs_code: HONEY,
      vat_rate: 9,
      shelf_life_days: 730,
      storage: STORAGE.honey,
      allergens: ["pollen"],
      certificates: ["gacc", "haccp", "halal"],
    }),
    ...byWeight(
      "BZ-HNY-CMB",
      [
        ["300 g", 128, 26],
        ["500 g", 198, 3],
      ],
      TARE.giftBox,
    ),
    image: { motif: "honey", color: "#C98A2A", background: "#FFF3DC", variant: 5 },
  },
]
