/**
 * The relevance suite: what a buyer types, and which products must come first.
 * `top` lists handles of which at least one must be among the first `within`
 * hits (default 3); `all` lists handles that must all be in the first `within`.
 * Used by the integration test (Meilisearch) and by bench/search.ts, which
 * scores both providers on it.
 */
export interface RelevanceCase {
  q: string
  why: string
  top?: string[]
  all?: string[]
  within?: number
}

/** The six honeys of the honey category; their Chinese titles end in …蜜, never in 蜂蜜. */
const HONEYS = [
  "white-acacia-honey",
  "mirzachul-cotton-honey",
  "chimgan-highland-honey",
  "sainfoin-esparcet-honey",
  "zaamin-mountain-honey",
  "zaamin-comb-honey",
]
const HONEY = [...HONEYS, "zaamin-honey-trio"]
const APRICOTS = [
  "samarkand-ashtak-apricots",
  "fergana-kuraga-apricot-halves",
  "subhoni-jumbo-apricot-halves",
  "samarkand-kandak-uryuk",
  "fergana-kaisa-sun-dried",
]
const RAISINS = [
  "bedona-sun-dried-raisins",
  "husayne-long-raisins",
  "soyaki-green-raisins",
  "shigani-black-raisins",
  "sabza-golden-raisins",
]
const WALNUTS = ["chust-thin-shell-walnuts", "chust-walnut-kernels-light-halves", "walnut-pieces-amber"]
const SHOES = [
  "andijan-cap-toe-oxford",
  "andijan-plain-derby",
  "andijan-penny-loafer",
  "andijan-womens-penny-loafer",
  "andijan-suede-desert-boot",
  "andijan-block-heel-ankle-boot",
  "andijan-chelsea-boot",
  "andijan-crossover-sandals",
  "andijan-nappa-ballet-flats",
]
const BAGS = [
  "ohangaron-croc-embossed-weekender",
  "ohangaron-slim-briefcase",
  "ohangaron-commuter-backpack",
  "ohangaron-everyday-tote",
  "ohangaron-saddle-crossbody",
]
const ALMONDS = ["qogoz-paper-shell-almonds", "namangan-sweet-almonds", "boysun-salt-roasted-almonds"]
const PISTACHIOS = ["babatag-wild-pistachios-raw", "babatag-wild-pistachios-salt-roasted", "wild-pistachio-kernels"]
const QURT = ["sheep-milk-qurt", "chili-qurt", "apricot-wood-smoked-qurt", "shahrisabz-qurt-classic"]
const PRUNES = ["bukhara-prunes-with-stone", "bukhara-prunes-pitted"]
const BELTS = ["heavy-vegetable-tanned-belt", "hand-braided-leather-belt", "classic-full-grain-belt"]
const WALLETS = ["zip-around-long-wallet", "full-grain-bifold-wallet"]

export const RELEVANCE_CASES: RelevanceCase[] = [
  // Chinese words and phrases
  { q: "蜂蜜", why: "Chinese word", top: HONEY },
  { q: "杏干", why: "Chinese word", top: APRICOTS },
  { q: "葡萄干", why: "Chinese word", top: RAISINS },
  { q: "核桃", why: "Chinese word", top: WALNUTS },
  { q: "皮鞋", why: "Chinese word", top: SHOES },
  { q: "安集延的皮包", why: "Chinese phrase with a particle", top: [...BAGS, ...SHOES] },
  { q: "开心果", why: "Chinese word", top: PISTACHIOS },
  { q: "杏仁", why: "Chinese word", top: [...ALMONDS, "sweet-apricot-kernels-raw", "salt-roasted-apricot-kernels"] },
  { q: "奶疙瘩", why: "Chinese word for qurt", top: QURT },
  { q: "西梅", why: "Chinese word", top: PRUNES },
  { q: "皮带", why: "Chinese word", top: BELTS },
  { q: "钱包", why: "Chinese word", top: WALLETS },
  { q: "棉花蜜", why: "Chinese compound", top: ["mirzachul-cotton-honey"] },
  { q: "甜瓜干", why: "Chinese word", top: ["mirzachul-dried-melon-strips", "khorezm-gulabi-melon-braid"] },
  // English, with and without typos
  { q: "honey", why: "English", top: HONEY },
  {
    q: "aprikot",
    why: "English typo",
    top: [...APRICOTS, "sweet-apricot-kernels-raw", "salt-roasted-apricot-kernels", "danak-salt-roasted-apricot-stones"],
    within: 1,
  },
  { q: "walnts", why: "English typo", top: WALNUTS },
  { q: "leathr belt", why: "English typo", top: BELTS },
  { q: "pistachio", why: "English", top: PISTACHIOS },
  { q: "almonds", why: "English plural", top: ALMONDS },
  { q: "loafer", why: "English", all: ["andijan-penny-loafer", "andijan-womens-penny-loafer"] },
  { q: "backpack", why: "English", top: ["ohangaron-commuter-backpack"], within: 1 },
  { q: "hony", why: "English typo, 4 letters", top: HONEY },
  // pinyin, full and initials
  { q: "fengmi", why: "pinyin of the family's name: every honey, whatever its title", all: HONEYS, within: 7 },
  { q: "xinggan", why: "pinyin", top: APRICOTS },
  { q: "putaogan", why: "pinyin", top: RAISINS },
  { q: "hetao", why: "pinyin", top: WALNUTS },
  { q: "pixie", why: "pinyin", top: SHOES },
  { q: "fm", why: "pinyin initials", top: HONEY },
  { q: "jianguo", why: "pinyin of a family that lives in sub-categories", top: [...WALNUTS, ...ALMONDS, ...PISTACHIOS] },
  { q: "xg", why: "pinyin initials", top: APRICOTS },
  { q: "ptg", why: "pinyin initials", top: RAISINS },
  // cross-language synonyms
  { q: "raisins", why: "English finds Chinese-named products", top: RAISINS },
  { q: "walnut", why: "English singular", top: WALNUTS },
  { q: "qurt", why: "transliteration", top: QURT },
  { q: "dried fruit", why: "English name of a family", top: [...APRICOTS, ...RAISINS, ...PRUNES] },
  { q: "果干", why: "Chinese name of a family", top: [...APRICOTS, ...RAISINS, ...PRUNES] },
  { q: "prunes", why: "English", top: PRUNES },
  // origin names in both languages
  {
    q: "撒马尔罕",
    why: "origin in Chinese",
    top: ["samarkand-ashtak-apricots", "samarkand-kandak-uryuk", "samarkand-white-mulberries", "samarkand-spring-festival-box"],
  },
  {
    q: "Samarkand",
    why: "origin in English",
    top: ["samarkand-ashtak-apricots", "samarkand-kandak-uryuk", "samarkand-white-mulberries", "samarkand-spring-festival-box"],
  },
  { q: "安集延", why: "origin in Chinese", top: SHOES },
  { q: "Bukhara", why: "origin in English", top: [...PRUNES, "bukhara-dastarkhan-box"] },
  {
    q: "费尔干纳",
    why: "origin in Chinese",
    top: ["fergana-kuraga-apricot-halves", "fergana-kaisa-sun-dried", "fergana-sun-dried-sour-cherries"],
  },
  // traditional characters
  { q: "葡萄乾", why: "traditional characters", top: RAISINS },
  { q: "開心果", why: "traditional characters", top: PISTACHIOS },
]
