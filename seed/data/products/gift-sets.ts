import type { ProductSeed } from "../../src/catalog-types"
import { byWeight, foodTrade, STORAGE, TARE } from "./_build"

/** 0813.50 mixtures of nuts or dried fruit of chapter 8. */
const MIXTURE = "0813500000"
const HONEY = "0409000000"

export const giftSetsProducts: ProductSeed[] = [
  {
    handle: "samarkand-spring-festival-box",
    exporter: "zarafshan-orchards",
    category: "gift-sets",
    collection: "consulate-picks",
    title: {
      en: "Samarkand Spring Festival Dried Fruit Box",
      "zh-CN": "撒马尔罕新春果干礼盒",
      ru: "Самаркандский новогодний набор сухофруктов",
    },
    subtitle: {
      en: "Five sun-dried fruits of Samarkand, each in its own compartment",
      "zh-CN": "撒马尔罕五味日晒果干 · 独立分格",
    },
    description: {
      en: "Five of Samarkand's dried fruits in one red-and-turquoise box, each sealed in its own compartment: Kandak uryuk, kernel-filled ashtak, golden Sabza and long Husayne raisins, and white mulberries — all sun-dried without sulphur. The box is printed with the tilework of the Registan and the lid carries a 福 for the New Year. In stock in Guangzhou, so it arrives in good time for the holiday.",
      "zh-CN":
        "把撒马尔罕的五种果干装进一只红配青绿的礼盒，每种独立密封分格：坎达克带核杏干、杏仁夹心的阿什塔克、金黄的萨布扎和长粒胡萨伊内葡萄干，还有白桑葚干，全部无硫日晒。盒面印着雷吉斯坦广场的瓷砖花纹，盒盖上有一个新春的“福”字。广州现货，赶得上过年送礼。",
    },
    tags: ["gift", "spring-festival", "sulphur-free", "samarkand"],
    stock_origin: "domestic",
    trade: foodTrade("zarafshan-orchards", {
      name_zh: "什锦果干礼盒",
      ingredients_zh: "杏（坎达克品种）、甜杏仁、无核白葡萄、葵花籽油、葡萄（胡萨伊内品种）、白桑葚",
      place_zh: "撒马尔罕州乌尔古特区、卡塔库尔干区",
      origin_region: "samarkand",
      hs_code: MIXTURE,
      vat_rate: 9,
      shelf_life_days: 365,
      storage: STORAGE.dryFruit,
      allergens: ["tree_nuts"],
      certificates: ["gacc", "haccp", "halal"],
    }),
    ...byWeight(
      "BZ-GFT-SFB",
      [
        ["1.2 kg", 268, 60],
        ["2 kg", 428, 25],
      ],
      TARE.giftBox,
    ),
    image: {
      motif: "gift_box",
      color: "#B22222",
      background: "#E6F2F2",
      variant: 0,
      contents: ["apricot", "apricot_kernel", "golden_raisin", "raisin", "mulberry", "apricot"],
    },
  },
  {
    handle: "chust-nut-assortment-box",
    exporter: "namangan-nut-orchards",
    category: "gift-sets",
    collection: "spring-festival-gifts",
    title: {
      en: "Chust Nut Assortment Box",
      "zh-CN": "楚斯特原味坚果礼盒",
      ru: "Набор орехов «Чуст»",
    },
    subtitle: {
      en: "Four raw nuts, nothing roasted or salted",
      "zh-CN": "四种原味坚果 · 不烤不加盐",
    },
    description: {
      en: "Four raw nuts in a wooden-lidded box: light walnut halves and sweet almond kernels from Chust, paper-shell almonds to crack at the table, and a pouch of deep-green wild pistachio kernels from the Babatag ridge. Nothing is roasted or salted, so it suits grandparents and children alike. Packed at the Chust plant and sent by direct mail.",
      "zh-CN":
        "四种原味坚果装在一只木盖礼盒里：楚斯特的浅色核桃半仁和甜巴旦木仁、可以在桌边一捏就开的纸皮巴旦木，还有一小袋巴巴塔格山的深绿色野生开心果仁。全部不烘烤、不加盐，老人孩子都适合。在楚斯特工厂包装，跨境直邮发货。",
    },
    tags: ["gift", "spring-festival", "raw", "assortment"],
    stock_origin: "cross_border",
    trade: foodTrade("namangan-nut-orchards", {
      name_zh: "什锦坚果礼盒",
      ingredients_zh: "核桃仁、巴旦木仁、带壳巴旦木、野生开心果仁",
      place_zh: "纳曼干州楚斯特区；开心果仁产自苏尔汉河州",
      origin_region: "namangan",
      hs_code: MIXTURE,
      vat_rate: 9,
      shelf_life_days: 270,
      storage: STORAGE.nuts,
      allergens: ["tree_nuts"],
      certificates: ["gacc", "iso22000", "halal"],
    }),
    ...byWeight(
      "BZ-GFT-NUT",
      [
        ["900 g", 238, 50],
        ["1.8 kg", 448, 16],
      ],
      TARE.giftBox,
    ),
    image: {
      motif: "gift_box",
      color: "#7A5230",
      background: "#F4EEE6",
      variant: 1,
      contents: ["walnut", "almond", "pistachio", "walnut", "almond", "pistachio"],
    },
  },
  {
    handle: "zaamin-honey-trio",
    exporter: "zaamin-mountain-apiaries",
    category: "gift-sets",
    collection: "consulate-picks",
    title: {
      en: "Three Honeys of Zaamin — Gift Box",
      "zh-CN": "扎阿明蜂蜜三重奏礼盒",
      ru: "Подарочный набор «Три мёда Заамина»",
    },
    subtitle: {
      en: "Acacia, sainfoin and mountain wildflower, side by side",
      "zh-CN": "洋槐 · 红豆草 · 高山百花 一次尝遍",
    },
    description: {
      en: "Three jars, three landscapes: clear white acacia from the spring lowlands, pale and creamy sainfoin from the foothill farms, and dark wildflower honey from the juniper meadows of Zaamin. Tasted side by side, they show how much a place and a season change a honey. With a wooden dipper and a tasting card in Chinese. In stock in Guangzhou.",
      "zh-CN":
        "三个瓶子，三种风景：春天低地清透的洋槐蜜、山脚农场洁白绵密的红豆草蜜，以及扎阿明刺柏草甸深色的高山百花蜜。并排尝一尝，就知道地方和季节能让蜂蜜变得多么不同。附木质蜂蜜棒和中文品鉴卡。广州现货。",
    },
    tags: ["gift", "spring-festival", "raw", "tasting"],
    stock_origin: "domestic",
    trade: foodTrade("zaamin-mountain-apiaries", {
      name_zh: "蜂蜜礼盒",
      ingredients_zh: "蜂蜜（洋槐蜜、红豆草蜜、高山百花蜜）",
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
      "BZ-GFT-HNY",
      [
        ["3 × 250 g", 228, 40],
        ["3 × 500 g", 398, 12],
      ],
      (net) => TARE.jar(net) + 300,
    ),
    image: { motif: "gift_box", color: "#C8871C", background: "#FFF4DE", variant: 2, contents: ["honey", "honey", "honey"] },
  },
  {
    handle: "bukhara-dastarkhan-box",
    exporter: "bukhara-olu",
    category: "gift-sets",
    collection: "dastarkhan",
    title: {
      en: "Bukhara Dastarkhan Box",
      "zh-CN": "布哈拉待客茶桌礼盒",
      ru: "Набор «Бухарский дастархан»",
    },
    subtitle: {
      en: "Prunes, alucha and raisins for the tea table",
      "zh-CN": "西梅、阿卢查、葡萄干 · 一盒摆满茶桌",
    },
    description: {
      en: "In Bukhara no guest sits down to tea without a dastarkhan — a cloth spread with little bowls of dried fruit. This box is the Bukhara version: pitted and whole prunes, tart yellow alucha and sun-dried Bedona raisins, in a box printed with the blue-and-ochre pottery patterns of Gijduvan. In stock in Guangzhou.",
      "zh-CN":
        "在布哈拉，客人坐下喝茶前，主人一定会铺开“达斯塔尔汗”——一块摆满果干小碗的桌布。这只礼盒装的就是布哈拉的版本：去核和带核西梅、酸甜的黄阿卢查、日晒别多纳葡萄干，盒面印着吉日杜万陶器的蓝赭色花纹。广州现货。",
    },
    tags: ["gift", "tea-table", "sulphur-free", "bukhara"],
    stock_origin: "domestic",
    trade: foodTrade("bukhara-olu", {
      name_zh: "什锦果干礼盒",
      ingredients_zh: "李子（匈牙利李品种）、樱桃李、无核白葡萄",
      place_zh: "布哈拉州吉日杜万区",
      origin_region: "bukhara",
      hs_code: MIXTURE,
      vat_rate: 9,
      shelf_life_days: 270,
      storage: STORAGE.dryFruit,
      allergens: [],
      certificates: ["gacc", "halal"],
    }),
    ...byWeight(
      "BZ-GFT-DST",
      [
        ["1 kg", 168, 45],
        ["1.6 kg", 258, 3],
      ],
      TARE.giftBox,
    ),
    image: {
      motif: "gift_box",
      color: "#4B2E39",
      background: "#F1EAE6",
      variant: 3,
      contents: ["prune", "alucha", "raisin", "prune", "alucha", "raisin"],
    },
  },
]
