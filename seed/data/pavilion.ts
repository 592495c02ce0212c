/**
 * The consulate's content on first start: the running Spring Festival campaign's page (it carries the CNY2027
 * promotion's campaign, so its window is that campaign's), the national pavilion and two events. Dates are Beijing
 * time. Staff edit all of it afterwards; the seed never changes what exists.
 */
export interface CampaignPageSeed {
  slug: string
  title: { "zh-CN": string; en: string }
  body: { "zh-CN": string; en: string }
  /** The Medusa campaign (by its identifier, the promotion's code) the page carries. */
  campaign: string
  /** Products and exporters featured, by handle. */
  products: string[]
  exporters: string[]
  starts_at: string
  ends_at: string
}

export const campaignPages: CampaignPageSeed[] = [
  {
    slug: "spring-festival-2027",
    title: { "zh-CN": "新春与纳夫鲁兹：丝路年货节", en: "Spring Festival and Navruz: Silk Road gifts" },
    body: {
      "zh-CN":
        "从春节到纳夫鲁兹节，乌兹别克斯坦驻广州总领事馆与展销中心为您挑选了最适合送礼的年货：撒马尔罕杏干、查达克坚果、扎阿明山花蜂蜜。全部礼盒自动享88折，无需优惠码，元宵节前有效。",
      en: "From the Spring Festival to Navruz, the Consulate General of Uzbekistan in Guangzhou and its exhibition centre chose the gifts to bring home: Samarkand apricots, Chust nuts, Zaamin mountain honey. Every gift box is 12 % off automatically, no code needed, until the Lantern Festival.",
    },
    campaign: "CNY2027",
    products: ["samarkand-spring-festival-box", "chust-nut-assortment-box", "zaamin-honey-trio", "bukhara-dastarkhan-box"],
    exporters: ["zarafshan-orchards", "zaamin-mountain-apiaries", "fergana-golden-valley"],
    starts_at: "2026-11-20T00:00:00+08:00",
    ends_at: "2027-02-21T00:00:00+08:00",
  },
]

export const pavilion = {
  story: {
    "zh-CN":
      "乌兹别克斯坦位于古丝绸之路的中心，撒马尔罕、布哈拉和希瓦的商队曾把这里的果干、蜂蜜和皮革带到长安。今天，费尔干纳谷地的阳光依旧晒出甘甜的杏干与葡萄干，扎阿明的山花酿出琥珀色的蜂蜜。国家馆由乌兹别克斯坦驻广州总领事馆运营，展示经领事馆核实的出口商和他们的产品。",
    en: "Uzbekistan lies at the heart of the old Silk Road: caravans from Samarkand, Bukhara and Khiva carried its dried fruit, honey and leather to Chang'an. Today the Fergana Valley's sun still dries sweet apricots and raisins, and Zaamin's mountain flowers still give amber honey. The national pavilion is run by the Consulate General of Uzbekistan in Guangzhou and presents the exporters the consulate has verified, and their goods.",
  },
  exporters: ["fergana-golden-valley", "zarafshan-orchards", "zaamin-mountain-apiaries", "andijan-charm"],
  centre_address: {
    "zh-CN": "广州市海珠区琶洲 乌兹别克斯坦商品展销中心",
    en: "Uzbek Goods Exhibition and Sales Centre, Pazhou, Haizhu District, Guangzhou",
  },
  centre_hours: { "zh-CN": "每天 10:00–20:00（北京时间）", en: "Daily 10:00–20:00 (Beijing time)" },
  centre_pickup: {
    "zh-CN": "广州现货订单次日即可到中心自提，请出示订单号；也可选择顺丰快递1–3天送达。",
    en: "Orders of Guangzhou stock can be picked up at the centre from the next day: show your order number. Or have them sent by SF Express in 1–3 days.",
  },
}

export interface EventSeed {
  key: string
  title: { "zh-CN": string; en: string }
  body: { "zh-CN": string; en: string }
  starts_at: string
  ends_at: string
  place: "centre" | "online"
  online_url?: string
  products: string[]
}

export const events: EventSeed[] = [
  {
    key: "honey-tasting-2027",
    title: { "zh-CN": "扎阿明山花蜂蜜品鉴会", en: "Zaamin mountain honey tasting" },
    body: {
      "zh-CN": "养蜂人现场讲解高山蜂蜜的采集与结晶，品尝三种单花蜜，现场购买享展销中心价。",
      en: "The beekeepers explain how mountain honey is gathered and why it crystallises; taste three single-flower honeys and buy at the centre's price.",
    },
    starts_at: "2027-01-16T14:00:00+08:00",
    ends_at: "2027-01-16T16:00:00+08:00",
    place: "centre",
    products: ["zaamin-mountain-honey", "white-acacia-honey", "zaamin-honey-trio"],
  },
  {
    key: "navruz-livestream-2027",
    title: { "zh-CN": "纳夫鲁兹节直播：撒马尔罕的春天", en: "Navruz livestream: spring in Samarkand" },
    body: {
      "zh-CN": "与撒马尔罕的果农连线，看苏马拉克的熬制，了解纳夫鲁兹节的习俗；直播间专享新品首发。",
      en: "Live from Samarkand's orchards: watch sumalak being cooked, learn the customs of Navruz, and see the new season's goods first.",
    },
    starts_at: "2027-03-21T19:30:00+08:00",
    ends_at: "2027-03-21T21:00:00+08:00",
    place: "online",
    online_url: "https://live.bozor.example/navruz-2027",
    products: ["samarkand-spring-festival-box"],
  },
]
