/**
 * Words buyers use for the same goods across the shop's two languages (and the
 * traditional forms a Hong Kong or Taiwan keyboard produces). Each group is
 * expanded both ways.
 */
const GROUPS = [
  ["葡萄干", "葡萄乾", "raisins", "raisin"],
  ["杏干", "杏乾", "杏脯", "dried apricots", "apricots", "apricot"],
  ["核桃", "胡桃", "walnuts", "walnut"],
  ["杏仁", "巴旦木", "扁桃仁", "almonds", "almond"],
  ["开心果", "開心果", "pistachios", "pistachio"],
  ["蜂蜜", "honey"],
  ["西梅", "李子干", "prunes", "prune"],
  ["甜瓜干", "哈密瓜干", "dried melon", "melon"],
  ["无花果", "無花果", "figs", "fig"],
  ["桑葚干", "mulberries", "mulberry"],
  ["皮鞋", "leather shoes", "shoes"],
  ["靴子", "boots", "boot"],
  ["皮包", "包", "bag", "bags", "leather bag"],
  ["皮带", "腰带", "belt", "belts"],
  ["钱包", "錢包", "wallet", "wallets"],
  ["奶疙瘩", "酸奶干", "qurt", "kurt"],
  ["乌兹别克斯坦", "烏茲別克斯坦", "uzbekistan", "uzbek"],
  // The catalog's families (its top-level categories), as buyers name them in either language.
  ["果干", "干果", "果乾", "dried fruit", "dried fruits"],
  ["坚果", "堅果", "nuts", "nut", "kernels"],
  ["乳制品", "奶制品", "dairy"],
  ["鞋", "鞋子", "footwear", "shoe"],
  ["皮具", "皮革制品", "leather goods"],
  ["礼盒", "禮盒", "gift box", "gift set", "gift sets"],
  // The certificates the catalog's goods carry.
  ["清真", "halal"],
  ["有机", "有機", "organic"],
  ["地理标志", "geographical indication"],
  ["海关总署注册", "海关注册", "gacc"],
]

export const PRODUCT_SYNONYMS: Record<string, string[]> = Object.fromEntries(
  GROUPS.flatMap((group) => group.map((word) => [word, group.filter((w) => w !== word)])),
)
