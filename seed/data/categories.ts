import type { CategorySeed } from "../src/catalog-types"

/** Top-level categories first, then their subcategories (rank is within the parent). */
export const categories: CategorySeed[] = [
  {
    handle: "dried-fruit",
    name: { en: "Dried fruit", "zh-CN": "果干", ru: "Сухофрукты" },
    description: {
      en: "Apricots, raisins, prunes and melons dried under the Central Asian sun — the sweets of every Uzbek tea table.",
      "zh-CN": "在中亚烈日下晒成的杏干、葡萄干、西梅和甜瓜干，是乌兹别克人待客茶桌上少不了的甜食。",
    },
    rank: 0,
  },
  {
    handle: "nuts",
    name: { en: "Nuts & kernels", "zh-CN": "坚果", ru: "Орехи и ядра" },
    description: {
      en: "Walnuts, almonds, wild pistachios and sweet apricot kernels, raw or roasted the way the bazaars sell them.",
      "zh-CN": "核桃、巴旦木、野生开心果和甜杏仁，有原味生果，也有按巴扎老做法烘烤的盐焗口味。",
    },
    rank: 1,
  },
  {
    handle: "honey",
    name: { en: "Honey", "zh-CN": "蜂蜜", ru: "Мёд" },
    description: {
      en: "Single-origin raw honey from the Zaamin and Chimgan mountains and the Mirzachul steppe, each harvest jarred on its own.",
      "zh-CN": "来自扎阿明山、奇姆甘山和米尔扎乔尔草原的单一产地原蜜，每一茬花期单独装瓶。",
    },
    rank: 2,
  },
  {
    handle: "dairy",
    name: { en: "Dairy", "zh-CN": "乳制品", ru: "Молочные продукты" },
    description: {
      en: "Qurt, suzma and golden ghee from the pastures of Qashqadarya, shipped from our Guangzhou stock.",
      "zh-CN": "来自卡什卡达里亚牧场的奶疙瘩、苏兹玛浓缩酸奶和金黄酥油，由广州展销中心现货发出。",
    },
    rank: 3,
  },
  {
    handle: "footwear",
    name: { en: "Footwear", "zh-CN": "皮鞋", ru: "Обувь" },
    description: {
      en: "Full-grain leather shoes and boots made in Andijan, on lasts cut a little wider for comfort.",
      "zh-CN": "安集延制造的头层牛皮鞋靴，鞋楦略宽，久穿不累脚。",
    },
    rank: 4,
  },
  {
    handle: "leather-goods",
    name: { en: "Leather goods", "zh-CN": "皮具", ru: "Кожгалантерея" },
    description: {
      en: "Bags, belts and wallets tanned and hand-finished in Ohangaron, near Tashkent.",
      "zh-CN": "在塔什干附近的阿汉加兰鞣制、手工完成的包袋、皮带与钱包。",
    },
    rank: 5,
  },
  {
    handle: "gift-sets",
    name: { en: "Gift sets", "zh-CN": "礼盒", ru: "Подарочные наборы" },
    description: {
      en: "Boxed assortments of dried fruit, nuts and honey, ready to give at Spring Festival or any visit.",
      "zh-CN": "果干、坚果和蜂蜜的精装礼盒，春节走亲访友、登门拜访都拿得出手。",
    },
    rank: 6,
  },

  // Dried fruit
  {
    handle: "dried-apricots",
    parent: "dried-fruit",
    name: { en: "Dried apricots", "zh-CN": "杏干", ru: "Курага и урюк" },
    description: {
      en: "Samarkand and Fergana apricots: kuraga halves, whole pitted kaisa, and uryuk dried with the stone in.",
      "zh-CN": "撒马尔罕和费尔干纳的杏干：对半的“库拉加”、整颗去核的“凯萨”，以及带核晒干的“乌柳克”。",
    },
    rank: 0,
  },
  {
    handle: "raisins",
    parent: "dried-fruit",
    name: { en: "Raisins", "zh-CN": "葡萄干", ru: "Изюм" },
    description: {
      en: "Named Uzbek raisin varieties, from shade-dried green Soyaki to black Shigani.",
      "zh-CN": "乌兹别克各地的名品葡萄干，从荫干的绿色“索亚基”到乌黑的“希加尼”。",
    },
    rank: 1,
  },
  {
    handle: "prunes",
    parent: "dried-fruit",
    name: { en: "Prunes & plums", "zh-CN": "西梅与李干", ru: "Чернослив и алыча" },
    description: {
      en: "Bukhara prunes and tart yellow alucha, dried the way Bukhara has always dried them.",
      "zh-CN": "按布哈拉传统工艺干制的西梅，以及酸爽的黄色阿卢查樱桃李干。",
    },
    rank: 2,
  },
  {
    handle: "dried-melon",
    parent: "dried-fruit",
    name: { en: "Dried melon", "zh-CN": "甜瓜干", ru: "Сушёная дыня" },
    description: {
      en: "Khorezm and Mirzachul melons, sun-dried in strips, plaited into braids or candied.",
      "zh-CN": "花剌子模与米尔扎乔尔的甜瓜，切条晒干、编成瓜辫或做成蜜饯。",
    },
    rank: 3,
  },
  {
    handle: "figs-and-berries",
    parent: "dried-fruit",
    name: { en: "Figs, berries & jida", "zh-CN": "无花果、浆果与沙枣", ru: "Инжир, ягоды и джида" },
    description: {
      en: "Sun-dried figs from Surxondaryo, white mulberries, sour cherries and the oleaster fruit Uzbeks call jida.",
      "zh-CN": "苏尔汉河州的日晒无花果、白桑葚干、酸樱桃干，以及乌兹别克人叫作“吉达”的沙枣。",
    },
    rank: 4,
  },

  // Nuts
  {
    handle: "walnuts",
    parent: "nuts",
    name: { en: "Walnuts", "zh-CN": "核桃", ru: "Грецкий орех" },
    description: {
      en: "Thin-shelled Chust walnuts, in the shell or cracked and graded by colour.",
      "zh-CN": "楚斯特薄壳核桃，带壳原果或破壳后按色泽分级的核桃仁。",
    },
    rank: 0,
  },
  {
    handle: "almonds",
    parent: "nuts",
    name: { en: "Almonds", "zh-CN": "巴旦木", ru: "Миндаль" },
    description: {
      en: "Sweet Namangan almonds — shelled, in their paper-thin shells, or salt-roasted.",
      "zh-CN": "纳曼干甜巴旦木，有去壳果仁、一捏就开的纸皮原果，也有盐焗口味。",
    },
    rank: 1,
  },
  {
    handle: "pistachios",
    parent: "nuts",
    name: { en: "Pistachios", "zh-CN": "开心果", ru: "Фисташки" },
    description: {
      en: "Wild pistachios from the Babatag ridge: small, deep green and resinous.",
      "zh-CN": "巴巴塔格山的野生开心果：个头小、果仁深绿，带松脂般的清香。",
    },
    rank: 2,
  },
  {
    handle: "apricot-kernels",
    parent: "nuts",
    name: { en: "Apricot kernels", "zh-CN": "甜杏仁", ru: "Абрикосовые ядра" },
    description: {
      en: "Sweet kernels of Uzbek apricot stones, raw or roasted with salt; bitter kernels are never sold here.",
      "zh-CN": "乌兹别克杏核中的甜杏仁，有原味也有盐焗；本店不售苦杏仁。",
    },
    rank: 3,
  },

  // Footwear
  {
    handle: "mens-shoes",
    parent: "footwear",
    name: { en: "Men's shoes", "zh-CN": "男鞋", ru: "Мужская обувь" },
    description: {
      en: "Oxfords, Derbies, loafers and boots in sizes 39–45.",
      "zh-CN": "牛津鞋、德比鞋、乐福鞋和短靴，尺码39–45。",
    },
    rank: 0,
  },
  {
    handle: "womens-shoes",
    parent: "footwear",
    name: { en: "Women's shoes", "zh-CN": "女鞋", ru: "Женская обувь" },
    description: {
      en: "Ankle boots, ballet flats, loafers and sandals in sizes 35–40.",
      "zh-CN": "短靴、芭蕾平底鞋、乐福鞋和凉鞋，尺码35–40。",
    },
    rank: 1,
  },

  // Leather goods
  {
    handle: "bags",
    parent: "leather-goods",
    name: { en: "Bags", "zh-CN": "包袋", ru: "Сумки" },
    description: {
      en: "Totes, crossbody bags, briefcases, backpacks and travel bags in Ohangaron leather.",
      "zh-CN": "阿汉加兰皮革制作的托特包、斜挎包、公文包、双肩包和旅行袋。",
    },
    rank: 0,
  },
  {
    handle: "belts",
    parent: "leather-goods",
    name: { en: "Belts", "zh-CN": "皮带", ru: "Ремни" },
    description: {
      en: "Full-grain leather belts in 100, 110 and 120 cm, with solid brass or steel buckles.",
      "zh-CN": "头层牛皮皮带，长度100、110、120厘米，配实心黄铜或钢扣。",
    },
    rank: 1,
  },
  {
    handle: "wallets",
    parent: "leather-goods",
    name: { en: "Wallets & card holders", "zh-CN": "钱包卡包", ru: "Кошельки и визитницы" },
    description: {
      en: "Wallets, card holders and passport covers that wear in rather than wear out.",
      "zh-CN": "钱包、卡包和护照夹，越用越有味道，而不是越用越旧。",
    },
    rank: 2,
  },
]
