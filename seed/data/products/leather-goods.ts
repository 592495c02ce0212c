import type { ProductSeed } from "../../src/catalog-types"
import { BELT_LENGTHS, byColour, bySizeColour, COLOUR, leatherTrade } from "./_build"

/** 4202.21 handbags with outer surface of leather ("other", not wild-animal leather). */
const HANDBAG = "4202210090"
/** 4202.11 briefcases and similar cases with outer surface of leather. */
const BRIEFCASE = "4202119090"
/** 4202.91 other bags (rucksacks, travel bags) with outer surface of leather. */
const OTHER_BAG = "4202910090"
/** 4203.30 belts and bandoliers of leather. */
const BELT = "4203300090"
/** 4202.31 articles carried in the pocket or handbag, outer surface of leather. */
const POCKET_GOODS = "4202310090"

const maker = "ohangaron-leather-works"
const trade = (hs_code: string) => leatherTrade(maker, { origin_region: "tashkent", hs_code, certificates: ["lwg"] })

export const leatherGoodsProducts: ProductSeed[] = [
  // ── Bags ──────────────────────────────────────────────────────────────────
  {
    handle: "ohangaron-everyday-tote",
    exporter: maker,
    category: "bags",
    collection: "consulate-picks",
    title: {
      en: "Ohangaron Everyday Tote",
      "zh-CN": "阿汉加兰真皮托特包",
      ru: "Сумка-тоут «Ахангаран»",
    },
    subtitle: {
      en: "Vegetable-tanned, with room for a 14-inch laptop",
      "zh-CN": "植鞣牛皮 · 可放14英寸笔记本",
    },
    description: {
      en: "A roomy, unstructured tote cut from a single piece of vegetable-tanned hide, with a zipped inner pocket, a slip pocket for your phone and a cotton-canvas lining woven in Margilan. The handles are long enough for the shoulder and are riveted as well as stitched. The tan starts pale and slowly deepens to the colour of strong tea.",
      "zh-CN":
        "宽敞的软托特包，主体用一整张植鞣牛皮裁成，内有拉链袋和手机插袋，内衬是马尔吉兰织造的棉帆布。提手够长，可以肩背，缝线之外还加了铆钉固定。浅棕色款新的时候颜色浅，用着用着会慢慢变成浓茶的颜色。",
    },
    tags: ["vegetable-tanned", "everyday", "laptop"],
    stock_origin: "cross_border",
    trade: trade(HANDBAG),
    ...byColour("BZ-BAG-TOT", [COLOUR.tan, COLOUR.black], 1380, 1100, [14, 9]),
    image: { motif: "bag", color: "#C19A6B", background: "#F7F0E6", variant: 0 },
  },
  {
    handle: "ohangaron-saddle-crossbody",
    exporter: maker,
    category: "bags",
    collection: "new-arrivals",
    title: {
      en: "Saddle Crossbody Bag",
      "zh-CN": "马鞍斜挎包",
      ru: "Сумка-седло через плечо",
    },
    subtitle: {
      en: "Curved flap and an adjustable strap",
      "zh-CN": "弧形翻盖 · 肩带可调",
    },
    description: {
      en: "A compact saddle-shaped crossbody with a curved flap, a magnetic closure hidden under the tab and an adjustable strap that takes it from shoulder to cross-body. It holds a phone, a card holder, keys and a lipstick — exactly what a day out needs. Edges painted and burnished by hand.",
      "zh-CN":
        "小巧的马鞍形斜挎包，弧形翻盖，磁扣藏在扣带下面，肩带可调，单肩、斜挎都行。手机、卡包、钥匙、口红刚好放下——出门一天要带的正是这些。皮边手工上色、打磨。",
    },
    tags: ["crossbody", "compact", "hand-finished"],
    stock_origin: "cross_border",
    trade: trade(HANDBAG),
    ...byColour("BZ-BAG-SDL", [COLOUR.cognac, COLOUR.olive], 980, 650, [18, 7]),
    image: { motif: "bag", color: "#9A4E1E", background: "#F8EDE4", variant: 1 },
  },
  {
    handle: "ohangaron-slim-briefcase",
    exporter: maker,
    category: "bags",
    collection: "artisan-leather",
    title: {
      en: "Slim Leather Briefcase",
      "zh-CN": "轻薄真皮公文包",
      ru: "Тонкий кожаный портфель",
    },
    subtitle: {
      en: "Full-grain, two compartments, fits a 15-inch laptop",
      "zh-CN": "头层牛皮 · 双隔层 · 可放15英寸笔记本",
    },
    description: {
      en: "A slim briefcase in thick full-grain leather, with two main compartments, a padded sleeve for a 15-inch laptop and a back pocket that slides over a suitcase handle. Solid brass zips and hardware, a detachable shoulder strap and a handle wrapped and stitched by hand. Made to be carried for twenty years.",
      "zh-CN":
        "轻薄款公文包，厚实的头层牛皮，两个主隔层，内有可放15英寸笔记本的加垫隔袋，背面插袋可以套在行李箱拉杆上。实心黄铜拉链和五金，肩带可拆，提手手工包边缝制。做出来，就是为了让你背上二十年。",
    },
    tags: ["business", "full-grain", "laptop", "gift"],
    stock_origin: "cross_border",
    trade: trade(BRIEFCASE),
    ...byColour("BZ-BAG-BRF", [COLOUR.darkBrown, COLOUR.black], 2380, 1500, [8, 6]),
    image: { motif: "bag", color: "#4A2C1A", background: "#EEE8E2", variant: 2 },
  },
  {
    handle: "ohangaron-commuter-backpack",
    exporter: maker,
    category: "bags",
    collection: "artisan-leather",
    title: {
      en: "Leather Commuter Backpack",
      "zh-CN": "真皮通勤双肩包",
      ru: "Кожаный городской рюкзак",
    },
    subtitle: {
      en: "Padded back, laptop sleeve and a hidden back pocket",
      "zh-CN": "加垫背板 · 电脑隔层 · 贴背暗袋",
    },
    description: {
      en: "A clean, flat-fronted backpack in full-grain leather, with a padded back panel and laptop sleeve, a zipped pocket against your back for passport and phone, and wide padded straps. It looks smart with a suit and carries a whole day of city life in comfort.",
      "zh-CN":
        "简洁的平面双肩包，头层牛皮，加垫背板和电脑隔层，贴背处有拉链暗袋，放护照和手机更安心，肩带宽且带衬垫。配西装也体面，装下城市里一整天的行头，背着依然舒服。",
    },
    tags: ["backpack", "commuter", "laptop"],
    stock_origin: "cross_border",
    trade: trade(OTHER_BAG),
    ...byColour("BZ-BAG-BPK", [COLOUR.brown, COLOUR.black], 1880, 1300, [10, 5]),
    image: { motif: "bag", color: "#7B4A2A", background: "#F3EBE3", variant: 3 },
  },
  {
    handle: "ohangaron-croc-embossed-weekender",
    exporter: maker,
    category: "bags",
    collection: "consulate-picks",
    title: {
      en: "Hand-Stitched Croc-Embossed Weekender",
      "zh-CN": "手工缝制压鳄鱼纹旅行袋",
      ru: "Дорожная сумка с тиснением под крокодила, ручной шов",
    },
    subtitle: {
      en: "Embossed cowhide, saddle-stitched by a single craftsman",
      "zh-CN": "压纹牛皮 · 一位师傅全程手工马鞍针缝制",
    },
    description: {
      en: "The workshop's showpiece: a weekend holdall in thick cowhide embossed with a crocodile pattern — no exotic skins are used — hand-dyed in layers to a deep cognac and saddle-stitched entirely by hand by one craftsman over about a week. Solid brass hardware, a cotton-canvas lining, a detachable shoulder strap and room for three days away. Every bag is numbered, and only a few are made each month.",
      "zh-CN":
        "工坊的压轴之作：一只周末旅行袋，选用厚实牛皮压出鳄鱼纹——不使用任何珍稀动物皮——经手工层层染成深干邑色，由一位师傅花大约一周时间全程手工马鞍针缝制。实心黄铜五金、棉帆布内衬、可拆肩带，装得下三天的行李。每只都有编号，每月只做几只。",
    },
    tags: ["handmade", "limited", "travel", "premium", "gift"],
    stock_origin: "cross_border",
    trade: trade(OTHER_BAG),
    ...byColour("BZ-BAG-WKD", [COLOUR.cognac], 5880, 2600, [2]),
    image: { motif: "bag", color: "#8A4B22", background: "#F4E6DA", variant: 4 },
  },

  // ── Belts ─────────────────────────────────────────────────────────────────
  {
    handle: "classic-full-grain-belt",
    exporter: maker,
    category: "belts",
    collection: "artisan-leather",
    title: {
      en: "Classic Full-Grain Belt, 3.5 cm",
      "zh-CN": "经典头层牛皮皮带（3.5厘米宽）",
      ru: "Классический ремень, 3,5 см",
    },
    subtitle: {
      en: "A single strip of leather and a solid brass buckle",
      "zh-CN": "整条牛皮 · 实心黄铜针扣",
    },
    description: {
      en: "Cut from a single strip of full-grain leather — not layered or bonded — 3.5 cm wide, with a solid brass pin buckle and edges painted and burnished by hand. The length is measured from the buckle to the middle of five holes, so choose the one closest to your trouser waist plus about 10 cm.",
      "zh-CN":
        "用一整条头层牛皮裁成，不是多层贴合或再生皮，宽3.5厘米，配实心黄铜针扣，皮边手工上色打磨。长度指从皮带扣到五个孔中间那一孔的距离，选比裤腰围多约10厘米的长度即可。",
    },
    tags: ["belts", "full-grain", "everyday"],
    stock_origin: "cross_border",
    trade: trade(BELT),
    ...bySizeColour("BZ-BLT-CLS", "Length", BELT_LENGTHS, [COLOUR.black, COLOUR.darkBrown], 399, 250, [
      [20, 35, 15],
      [15, 28, 10],
    ]),
    image: { motif: "belt", color: "#2B2B2B", background: "#EFEDEA", variant: 0 },
  },
  {
    handle: "hand-braided-leather-belt",
    exporter: maker,
    category: "belts",
    collection: "artisan-leather",
    title: {
      en: "Hand-Braided Leather Belt",
      "zh-CN": "手工编织皮带",
      ru: "Плетёный кожаный ремень",
    },
    subtitle: {
      en: "Plaited by hand; the pin goes through anywhere",
      "zh-CN": "手工编织 · 任意位置都能扣",
    },
    description: {
      en: "Eight narrow strips of leather plaited by hand into a belt that flexes as you move. The buckle pin passes through the weave at any point, so the fit is always exact. A relaxed summer belt for linen trousers and jeans.",
      "zh-CN": "八根细皮条手工编织而成，皮带随身体活动而弯曲；扣针可以穿过编织的任意位置，松紧总是刚刚好。夏天配亚麻裤、牛仔裤的休闲皮带。",
    },
    tags: ["braided", "handmade", "summer"],
    stock_origin: "cross_border",
    trade: trade(BELT),
    ...bySizeColour("BZ-BLT-BRD", "Length", BELT_LENGTHS, [COLOUR.tan, COLOUR.navy], 459, 230, [
      [8, 14, 6],
      [5, 9, 3],
    ]),
    image: { motif: "belt", color: "#B7845A", background: "#F6EFE6", variant: 1 },
  },
  {
    handle: "heavy-vegetable-tanned-belt",
    exporter: maker,
    category: "belts",
    collection: "artisan-leather",
    title: {
      en: "Heavy Vegetable-Tanned Belt, 4 mm",
      "zh-CN": "4毫米厚植鞣皮带",
      ru: "Толстый ремень растительного дубления, 4 мм",
    },
    subtitle: {
      en: "Bridle-weight leather that lasts for decades",
      "zh-CN": "马具级厚皮 · 一条用几十年",
    },
    description: {
      en: "A 4 mm thick, 4 cm wide belt in vegetable-tanned leather from the Ohangaron tannery, with a heavy solid brass buckle held by a screw so it can be swapped. Stiff at first, it softens and darkens over months of wear into something entirely your own. The natural shade is undyed.",
      "zh-CN":
        "4毫米厚、4厘米宽，选用阿汉加兰制革厂自产的植鞣牛皮，配厚重的实心黄铜扣，螺丝固定，可以自行更换。刚开始有些硬，系上几个月就会变软、变深，成为只属于你的那一条。原木色为未经染色的本色皮。",
    },
    tags: ["vegetable-tanned", "heavy-duty", "workwear"],
    stock_origin: "cross_border",
    trade: trade(BELT),
    ...bySizeColour("BZ-BLT-HVY", "Length", BELT_LENGTHS, [COLOUR.natural, COLOUR.darkBrown], 529, 320, [
      [6, 10, 4],
      [4, 8, 0],
    ]),
    image: { motif: "belt", color: "#D2A679", background: "#F8F1E7", variant: 2 },
  },

  // ── Wallets & card holders ────────────────────────────────────────────────
  {
    handle: "full-grain-bifold-wallet",
    exporter: maker,
    category: "wallets",
    collection: "artisan-leather",
    title: {
      en: "Full-Grain Bifold Wallet",
      "zh-CN": "头层牛皮对折钱包",
      ru: "Портмоне из натуральной кожи",
    },
    subtitle: {
      en: "Eight cards and a full-length note pocket",
      "zh-CN": "八个卡位 · 通长钞位",
    },
    description: {
      en: "A slim bifold with eight card slots, two hidden pockets and a full-length note compartment that takes yuan, Uzbek som and dollars without folding. Full-grain leather inside and out with hand-finished edges; it grows softer and glossier in your pocket.",
      "zh-CN":
        "轻薄的对折钱包，八个卡位、两个暗袋，通长钞位放人民币、乌兹别克苏姆或美元都不用折。里外都是头层牛皮，皮边手工处理，放在口袋里越用越软、越有光泽。",
    },
    tags: ["wallet", "slim", "everyday"],
    stock_origin: "cross_border",
    trade: trade(POCKET_GOODS),
    ...byColour("BZ-WLT-BIF", [COLOUR.black, COLOUR.brown], 459, 150, [25, 18]),
    image: { motif: "wallet", color: "#2B2B2B", background: "#ECEAE6", variant: 0 },
  },
  {
    handle: "zip-around-long-wallet",
    exporter: maker,
    category: "wallets",
    collection: "spring-festival-gifts",
    title: {
      en: "Zip-Around Long Wallet",
      "zh-CN": "拉链长款真皮钱包",
      ru: "Длинный кошелёк на молнии",
    },
    subtitle: {
      en: "Twelve cards, a coin pocket and room for a phone",
      "zh-CN": "十二卡位 · 零钱袋 · 可放手机",
    },
    description: {
      en: "A zip-around long wallet with twelve card slots, a zipped coin pocket and two note compartments, tall enough for most phones. Smooth full-grain leather, lined in Margilan cotton. The kind of present that gets used every single day.",
      "zh-CN":
        "拉链长款钱包，十二个卡位、一个拉链零钱袋和两个钞位，高度够放下大多数手机。光面头层牛皮，内衬为马尔吉兰棉布。是那种每天都会用到的礼物。",
    },
    tags: ["wallet", "long", "gift"],
    stock_origin: "cross_border",
    trade: trade(POCKET_GOODS),
    ...byColour("BZ-WLT-ZIP", [COLOUR.black, COLOUR.burgundy, COLOUR.cognac], 629, 220, [12, 8, 10]),
    image: { motif: "wallet", color: "#5E1A24", background: "#F5E8EA", variant: 1 },
  },
  {
    handle: "slim-card-holder",
    exporter: maker,
    category: "wallets",
    collection: "consulate-picks",
    title: {
      en: "Slim Card Holder",
      "zh-CN": "极简真皮卡包",
      ru: "Тонкая визитница",
    },
    subtitle: {
      en: "Four slots and a centre pocket",
      "zh-CN": "四个卡位 · 中间一个口袋",
    },
    description: {
      en: "A card holder barely thicker than the cards it carries: two slots on each side and a centre pocket for folded notes or a metro card. It is cut from the offcuts of our bag leather, so every one has a slightly different grain. Kept in stock at our Guangzhou centre — an easy small gift.",
      "zh-CN":
        "薄得几乎只有卡片本身的厚度：两面各两个卡位，中间一个口袋，可放折好的纸币或地铁卡。用制包剩下的边角皮料裁制，每一只的纹理都略有不同。广州展销中心现货，是很好送的小礼物。",
    },
    tags: ["card-holder", "minimal", "gift"],
    stock_origin: "domestic",
    trade: trade(POCKET_GOODS),
    ...byColour("BZ-WLT-CRD", [COLOUR.black, COLOUR.tan, COLOUR.green], 229, 60, [30, 22, 4]),
    image: { motif: "wallet", color: "#C19A6B", background: "#F7F1E8", variant: 2 },
  },
  {
    handle: "leather-passport-cover",
    exporter: maker,
    category: "wallets",
    collection: "new-arrivals",
    title: {
      en: "Leather Passport Cover",
      "zh-CN": "真皮护照夹",
      ru: "Кожаная обложка для паспорта",
    },
    subtitle: {
      en: "Passport, boarding pass and cards in one place",
      "zh-CN": "护照、登机牌、卡片一起收纳",
    },
    description: {
      en: "A passport cover that also holds a boarding pass, four cards and a little foreign cash. Stitched with waxed thread and flat enough to slip into a jacket pocket — a practical companion for a trip to Tashkent or Samarkand.",
      "zh-CN": "护照夹，同时能放登机牌、四张卡和一些外币。蜡线缝制，扁平轻薄，随手就能塞进外套口袋——去塔什干、撒马尔罕旅行的好伴侣。",
    },
    tags: ["travel", "passport", "gift"],
    stock_origin: "cross_border",
    trade: trade(POCKET_GOODS),
    ...byColour("BZ-WLT-PSP", [COLOUR.cognac, COLOUR.navy], 329, 110, [16, 9]),
    image: { motif: "wallet", color: "#1F2F4A", background: "#E8ECF3", variant: 3 },
  },
]
