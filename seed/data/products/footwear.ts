import type { ProductSeed } from "../../src/catalog-types"
import { bySizeColour, COLOUR, leatherTrade, MEN_SIZES, WOMEN_SIZES } from "./_build"

/** 6403.99 leather uppers, not covering the ankle ("other", i.e. not wild-animal leather). */
const SHOE = "6403990090"
/** 6403.91 covering the ankle, insole 24 cm or longer (men's sizes). */
const BOOT_MEN = "6403919990"
/** 6403.91 covering the ankle, insole under 24 cm (most women's sizes). */
const BOOT_WOMEN = "6403911990"

const maker = "andijan-charm"
const trade = (hs_code: string) => leatherTrade(maker, { origin_region: "andijan", hs_code, certificates: [] })

export const footwearProducts: ProductSeed[] = [
  // ── Men's ─────────────────────────────────────────────────────────────────
  {
    handle: "andijan-cap-toe-oxford",
    exporter: maker,
    category: "mens-shoes",
    collection: "consulate-picks",
    title: {
      en: "Cap-Toe Oxford in Full-Grain Leather",
      "zh-CN": "头层牛皮三接头牛津鞋",
      ru: "Оксфорды с прямым мыском, натуральная кожа",
    },
    subtitle: {
      en: "Closed lacing on a stitched rubber sole",
      "zh-CN": "封闭式系带 · 缝线橡胶大底",
    },
    description: {
      en: "The shoe for weddings, interviews and the office. Closed Oxford lacing and a straight cap toe, cut from full-grain Fergana Valley cattle hide with a calfskin lining, on a slim rubber sole that is stitched as well as cemented so it can be resoled. The Andijan last is a little roomier across the forefoot than European lasts, so take your usual Chinese size. Hand-polished before boxing.",
      "zh-CN":
        "婚礼、面试、上班都穿得出去的一双鞋。封闭式系带、三接头鞋头，鞋面选用费尔干纳盆地的头层牛皮，内里为小牛皮，配轻薄的橡胶大底，胶粘之外再加缝线，日后可以换底。安集延鞋楦前掌比欧版略宽松，按平时穿的中国码选购即可。装盒前人工擦色上光。",
    },
    tags: ["formal", "full-grain", "resoleable", "hand-finished"],
    stock_origin: "cross_border",
    trade: trade(SHOE),
    ...bySizeColour("BZ-SHO-OXF", "Size", MEN_SIZES, [COLOUR.black, COLOUR.darkBrown], 899, 1350, [
      [4, 10, 18, 22, 16, 8, 2],
      [2, 6, 12, 14, 10, 5, 0],
    ]),
    image: { motif: "shoe", color: "#1C1C1C", background: "#EFEDEA", variant: 0 },
  },
  {
    handle: "andijan-plain-derby",
    exporter: maker,
    category: "mens-shoes",
    collection: "artisan-leather",
    title: {
      en: "Plain Derby in Full-Grain Leather",
      "zh-CN": "头层牛皮素面德比鞋",
      ru: "Дерби гладкие, натуральная кожа",
    },
    subtitle: {
      en: "Open lacing for everyday comfort",
      "zh-CN": "开放式系带 · 日常舒适",
    },
    description: {
      en: "A plain Derby with open lacing that adjusts easily over a high instep — the most comfortable of our lace-ups. Full-grain leather upper, leather lining and a cushioned insole on a grippy rubber sole: smart enough for the office, sturdy enough for a whole day on your feet.",
      "zh-CN":
        "开放式系带的素面德比鞋，脚背高的人也能轻松调节松紧，是我们系带鞋里穿着最舒服的一款。头层牛皮鞋面、真皮内里、带缓冲的鞋垫，配防滑橡胶大底：上班够体面，走一整天路也扛得住。",
    },
    tags: ["everyday", "full-grain", "comfort"],
    stock_origin: "cross_border",
    trade: trade(SHOE),
    ...bySizeColour("BZ-SHO-DRB", "Size", MEN_SIZES, [COLOUR.brown, COLOUR.tan], 759, 1300, [
      [3, 9, 15, 20, 14, 7, 3],
      [2, 7, 11, 13, 9, 4, 1],
    ]),
    image: { motif: "shoe", color: "#7B4A2A", background: "#F4ECE4", variant: 1 },
  },
  {
    handle: "andijan-penny-loafer",
    exporter: maker,
    category: "mens-shoes",
    collection: "artisan-leather",
    title: {
      en: "Hand-Sewn Penny Loafer",
      "zh-CN": "手缝鞋头便士乐福鞋",
      ru: "Пенни-лоферы с ручным швом",
    },
    subtitle: {
      en: "Slip-on, with a moccasin toe stitched by hand",
      "zh-CN": "一脚蹬 · 莫卡辛鞋头手工缝制",
    },
    description: {
      en: "A classic penny loafer whose moccasin seam around the toe is sewn by hand at the Andijan factory — one of the few steps no machine does as well. The soft full-grain leather moulds to your foot within a week, on a flexible rubber sole. Wear it with chinos, jeans or a summer suit.",
      "zh-CN":
        "经典便士乐福鞋，鞋头一圈莫卡辛缝线由安集延工厂的师傅手工缝制——这是少数机器做不好的工序之一。柔软的头层牛皮，穿上一周左右就会贴合脚型，配柔韧的橡胶大底。搭休闲裤、牛仔裤或夏季西装都合适。",
    },
    tags: ["slip-on", "handmade", "full-grain"],
    stock_origin: "cross_border",
    trade: trade(SHOE),
    ...bySizeColour("BZ-SHO-LOF", "Size", MEN_SIZES, [COLOUR.cognac, COLOUR.black], 799, 1200, [
      [2, 8, 14, 16, 12, 6, 2],
      [1, 5, 9, 12, 8, 4, 0],
    ]),
    image: { motif: "shoe", color: "#9A4E1E", background: "#F7EBE0", variant: 2 },
  },
  {
    handle: "andijan-chelsea-boot",
    exporter: maker,
    category: "mens-shoes",
    collection: "artisan-leather",
    title: {
      en: "Chelsea Boot in Waxed Leather",
      "zh-CN": "蜡感头层牛皮切尔西靴",
      ru: "Челси из вощёной кожи",
    },
    subtitle: {
      en: "Elastic sides and a lug rubber sole",
      "zh-CN": "两侧松紧带 · 齿纹橡胶大底",
    },
    description: {
      en: "Pull-on Chelsea boots with elastic side panels and a heel tab, in waxy full-grain leather that darkens and creases handsomely with wear. A chunky lug sole copes with Guangzhou downpours and northern winters alike. Stocked at our Guangzhou centre — come and try a pair on.",
      "zh-CN":
        "一脚蹬的切尔西靴，两侧松紧带、后跟拉环，鞋面是带蜡感的头层牛皮，越穿颜色越深、折痕越好看。厚实的齿纹大底，广州的暴雨和北方的冬天都不在话下。广州展销中心有现货，欢迎到店试穿。",
    },
    tags: ["boots", "pull-on", "winter"],
    stock_origin: "domestic",
    trade: trade(BOOT_MEN),
    ...bySizeColour("BZ-BOT-CHL", "Size", MEN_SIZES, [COLOUR.darkBrown, COLOUR.black], 1099, 1900, [
      [2, 5, 8, 9, 7, 3, 1],
      [1, 4, 7, 8, 6, 2, 0],
    ]),
    image: { motif: "boot", color: "#4A2C1A", background: "#EFE8E2", variant: 0 },
  },
  {
    handle: "andijan-suede-desert-boot",
    exporter: maker,
    category: "mens-shoes",
    collection: "new-arrivals",
    title: {
      en: "Suede Desert Boot",
      "zh-CN": "绒面牛皮沙漠靴",
      ru: "Дезерты из замши",
    },
    subtitle: {
      en: "Two eyelets on a natural crepe sole",
      "zh-CN": "两孔系带 · 天然生胶底",
    },
    description: {
      en: "A two-eyelet desert boot in soft suede — the reverse side of the same Fergana Valley hide — on a springy natural crepe rubber sole. Light, unlined at the front and endlessly easy to wear. Brush it with a suede brush, and give it a water-repellent spray before the first rain.",
      "zh-CN":
        "两孔系带的沙漠靴，鞋面是柔软的绒面革（同一块费尔干纳牛皮的肉面），配富有弹性的天然生胶大底。轻便、前帮无内衬，怎么穿都随意。平时用绒面刷打理，第一次遇雨前记得喷一遍防水剂。",
    },
    tags: ["suede", "casual", "boots"],
    stock_origin: "cross_border",
    trade: trade(BOOT_MEN),
    ...bySizeColour("BZ-BOT-DST", "Size", MEN_SIZES, [COLOUR.sand, COLOUR.chocolate], 899, 1500, [
      [2, 6, 10, 12, 9, 4, 1],
      [1, 4, 8, 10, 6, 3, 0],
    ]),
    image: { motif: "boot", color: "#C2A378", background: "#F6F0E6", variant: 1 },
  },

  // ── Women's ───────────────────────────────────────────────────────────────
  {
    handle: "andijan-block-heel-ankle-boot",
    exporter: maker,
    category: "womens-shoes",
    collection: "artisan-leather",
    title: {
      en: "Women's Block-Heel Ankle Boot",
      "zh-CN": "女士头层牛皮粗跟短靴",
      ru: "Женские ботильоны на устойчивом каблуке",
    },
    subtitle: {
      en: "5 cm block heel and an inside zip",
      "zh-CN": "5厘米粗跟 · 内侧拉链",
    },
    description: {
      en: "An ankle boot you can walk in all day: a steady 5 cm block heel, an inside zip and a softly padded collar, in smooth full-grain leather with a leather lining. The toe is gently rounded rather than pointed, and the shaft sits neatly under trousers or over tights.",
      "zh-CN":
        "能穿着走一整天的短靴：5厘米稳当的粗跟、内侧拉链、柔软的加垫靴口，光面头层牛皮配真皮内里。鞋头是柔和的圆头而不是尖头，靴筒高度刚好，藏在长裤下或配丝袜裙装都利落。",
    },
    tags: ["womens", "block-heel", "boots"],
    stock_origin: "cross_border",
    trade: trade(BOOT_WOMEN),
    ...bySizeColour("BZ-BOT-WAK", "Size", WOMEN_SIZES, [COLOUR.black, COLOUR.cognac], 999, 1400, [
      [3, 8, 12, 11, 6, 2],
      [2, 6, 9, 8, 4, 1],
    ]),
    image: { motif: "boot", color: "#2A2A2A", background: "#F3EEF0", variant: 2 },
  },
  {
    handle: "andijan-nappa-ballet-flats",
    exporter: maker,
    category: "womens-shoes",
    collection: "consulate-picks",
    title: {
      en: "Ballet Flats in Soft Nappa",
      "zh-CN": "女士软牛皮芭蕾平底鞋",
      ru: "Балетки из мягкой наппы",
    },
    subtitle: {
      en: "A sole that bends and a topline that holds",
      "zh-CN": "可弯折软底 · 松紧鞋口不掉跟",
    },
    description: {
      en: "Ballet flats in supple nappa leather, with an elasticated topline that keeps them on your heel and a sole flexible enough to fold almost in half. A light cushioned insole keeps them comfortable from the metro to the office. The pomegranate red is borrowed from Margilan ikat silk. In stock in Guangzhou.",
      "zh-CN":
        "柔软纳帕牛皮做的芭蕾平底鞋，鞋口有松紧设计，走路不掉跟；鞋底柔韧，几乎可以对折。轻薄的缓冲鞋垫，从地铁到办公室一路都舒服。石榴红取自马尔吉兰艾德莱斯绸的颜色。广州现货。",
    },
    tags: ["womens", "flats", "comfort"],
    stock_origin: "domestic",
    trade: trade(SHOE),
    ...bySizeColour("BZ-SHO-WBF", "Size", WOMEN_SIZES, [COLOUR.nude, COLOUR.black, COLOUR.red], 559, 700, [
      [2, 9, 14, 12, 5, 1],
      [3, 10, 15, 13, 6, 2],
      [1, 4, 6, 5, 2, 0],
    ]),
    image: { motif: "shoe", color: "#E3C1A5", background: "#FBF2EC", variant: 3 },
  },
  {
    handle: "andijan-crossover-sandals",
    exporter: maker,
    category: "womens-shoes",
    collection: "new-arrivals",
    title: {
      en: "Women's Crossover Sandals, Vegetable-Tanned",
      "zh-CN": "女士植鞣牛皮交叉带凉鞋",
      ru: "Женские сандалии из кожи растительного дубления",
    },
    subtitle: {
      en: "Flat, with an adjustable ankle buckle",
      "zh-CN": "平底 · 脚踝搭扣可调",
    },
    description: {
      en: "Flat summer sandals with crossed straps and an adjustable ankle buckle, cut from vegetable-tanned leather that slowly darkens to honey in the sun. A leather-covered footbed and a thin rubber sole with grip. If you are between sizes, take the smaller one — the straps relax with wear.",
      "zh-CN":
        "平底夏季凉鞋，脚面交叉绑带、脚踝搭扣可调，选用植鞣牛皮，晒过太阳后会慢慢变成蜂蜜色。真皮包覆鞋垫，薄橡胶底防滑。如果介于两个尺码之间，建议选小一码——绑带穿久了会稍稍变松。",
    },
    tags: ["womens", "summer", "vegetable-tanned"],
    stock_origin: "cross_border",
    trade: trade(SHOE),
    ...bySizeColour("BZ-SND-WCR", "Size", WOMEN_SIZES, [COLOUR.tan, COLOUR.white], 529, 600, [
      [2, 7, 10, 9, 4, 1],
      [1, 4, 6, 5, 2, 0],
    ]),
    image: { motif: "sandal", color: "#C58B52", background: "#FBF3E8", variant: 0 },
  },
  {
    handle: "andijan-womens-penny-loafer",
    exporter: maker,
    category: "womens-shoes",
    collection: "new-arrivals",
    title: {
      en: "Women's Penny Loafer",
      "zh-CN": "女士便士乐福鞋",
      ru: "Женские пенни-лоферы",
    },
    subtitle: {
      en: "Polished leather on a 2 cm stacked heel",
      "zh-CN": "亮面牛皮 · 2厘米叠皮跟",
    },
    description: {
      en: "A neat women's penny loafer in polished full-grain leather, with a 2 cm stacked leather heel and a leather-lined interior. It goes as easily with a skirt as with wide trousers, and the burgundy deepens beautifully with every polish.",
      "zh-CN": "利落的女士便士乐福鞋，亮面头层牛皮，2厘米叠皮跟，真皮内里。配半裙、阔腿裤都好看；酒红色越擦油，颜色越深、越有光泽。",
    },
    tags: ["womens", "loafers", "full-grain"],
    stock_origin: "cross_border",
    trade: trade(SHOE),
    ...bySizeColour("BZ-SHO-WPL", "Size", WOMEN_SIZES, [COLOUR.black, COLOUR.burgundy], 699, 900, [
      [2, 8, 12, 10, 5, 2],
      [1, 5, 8, 7, 3, 0],
    ]),
    image: { motif: "shoe", color: "#5E1A24", background: "#F6E9EB", variant: 4 },
  },
]
