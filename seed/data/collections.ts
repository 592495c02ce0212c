import type { CollectionSeed } from "../src/catalog-types"

export const collections: CollectionSeed[] = [
  {
    handle: "spring-festival-gifts",
    title: { en: "Spring Festival gifts", "zh-CN": "春节礼品", ru: "Подарки к Празднику весны" },
  },
  {
    handle: "harvest-week",
    title: { en: "Harvest week", "zh-CN": "丰收周", ru: "Неделя урожая" },
  },
  {
    handle: "new-arrivals",
    title: { en: "New arrivals", "zh-CN": "新品上架", ru: "Новинки" },
  },
  {
    handle: "consulate-picks",
    title: { en: "Consulate picks", "zh-CN": "领馆推荐", ru: "Выбор консульства" },
  },
  {
    handle: "samarkand-heritage",
    title: { en: "Samarkand heritage", "zh-CN": "撒马尔罕传承", ru: "Наследие Самарканда" },
  },
  {
    handle: "dastarkhan",
    title: { en: "The Uzbek tea table", "zh-CN": "乌兹别克茶桌", ru: "Узбекский дастархан" },
  },
  {
    handle: "artisan-leather",
    title: { en: "Hand-finished leather", "zh-CN": "匠心皮具", ru: "Кожа ручной работы" },
  },
]
