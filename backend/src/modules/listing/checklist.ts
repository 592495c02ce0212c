import type { PartnerLocale } from "../partner-access/constants"
import { isFoodHsCode, PRODUCT_FAMILIES } from "../trade/families"
import type { ContentLocale, ContentField } from "./constants"

/**
 * The compliance checklist a listing must pass before it is submitted for
 * review: reasons a person understands, in the four languages of the portal.
 * Pure, so that the portal's live checklist, the submission and the tests all
 * apply the same rules.
 */
type ChecklistKey =
  | "title_zh"
  | "category"
  | "trade"
  | "label_zh"
  | "food_shelf_life"
  | "food_storage"
  | "food_gacc"
  | "hs_code_family"
  | "dairy_domestic_only"
  | "price"
  | "image"

type Translated = Record<PartnerLocale, string>
export type ChecklistItem = { key: ChecklistKey; ok: boolean; message: Translated }

export interface ChecklistSubject {
  content: Partial<Record<ContentLocale, Partial<Record<ContentField, string | null>>>>
  /** Handle of the root of the product's category (its family), or null without a category. */
  family: string | null
  trade: {
    hs_code?: string | null
    stock_origin?: string | null
    shelf_life_days?: number | null
    storage?: string | null
    gacc_registration_number?: string | null
    label_zh?: string | null
  } | null
  variants: { price_cny: number | null }[]
  images: number
}

const GACC = /^[A-Z]{4}\d{6,16}$/

const MESSAGES: Record<Exclude<ChecklistKey, "hs_code_family">, Translated> = {
  title_zh: {
    uz: "Xitoycha nom (zh-CN): Xitoydagi xaridorlar mahsulotni shu nom bilan qidiradi va sotib oladi.",
    ru: "Название на китайском (zh-CN): по нему покупатели в Китае ищут и покупают товар.",
    en: "A Chinese title (zh-CN): shoppers in China search and buy by it.",
    "zh-CN": "中文标题（zh-CN）：中国消费者通过它搜索和购买商品。",
  },
  category: {
    uz: "Kategoriya: qaysi qoidalar qo'llanishi va xaridorlar mahsulotni qayerda topishi shunga bog'liq.",
    ru: "Категория: от неё зависит, какие правила действуют и где покупатели найдут товар.",
    en: "A category: it decides which rules apply and where shoppers find the product.",
    "zh-CN": "商品类目：决定适用哪些规则，以及顾客在哪里找到商品。",
  },
  trade: {
    uz: "Savdo ma'lumotlari: kelib chiqish viloyati, ishlab chiqaruvchi, HS kodi, QQS stavkasi va tovar qayerda saqlanishi.",
    ru: "Торговые данные: регион происхождения, производитель, код HS (ТН ВЭД), ставка НДС и где находится товар.",
    en: "Trade data: origin region, manufacturer, HS code, VAT rate and where the stock is.",
    "zh-CN": "贸易信息：原产地区、生产商、HS 编码、增值税率和库存所在地。",
  },
  label_zh: {
    uz: "Xitoycha yorliq ma'lumotlari (品名, 配料, 原产国, 净含量…): Xitoyda sotiladigan oziq-ovqatda xitoycha yorliq bo'lishi shart.",
    ru: "Данные китайской этикетки (品名, 配料, 原产国, 净含量…): продукты, которые продаются в Китае, должны иметь этикетку на китайском.",
    en: "Chinese label data (品名, 配料, 原产国, 净含量…): food sold in China must carry a Chinese label.",
    "zh-CN": "中文标签信息（品名、配料、原产国、净含量等）：在中国销售的食品必须有中文标签。",
  },
  food_shelf_life: {
    uz: "Yaroqlilik muddati (kunlarda): oziq-ovqat uchun majburiy.",
    ru: "Срок годности в днях: обязателен для продуктов питания.",
    en: "Shelf life in days: required for food.",
    "zh-CN": "保质期（天）：食品必填。",
  },
  food_storage: {
    uz: "Saqlash sharoitlari: oziq-ovqat uchun majburiy.",
    ru: "Условия хранения: обязательны для продуктов питания.",
    en: "Storage conditions: required for food.",
    "zh-CN": "贮存条件：食品必填。",
  },
  food_gacc: {
    uz: "Ishlab chiqaruvchining GACC ro'yxat raqami (4 ta bosh harf va 6–16 ta raqam): Xitoy import oziq-ovqatni faqat ro'yxatdan o'tgan ishlab chiqaruvchilardan qabul qiladi.",
    ru: "Регистрационный номер производителя в GACC (4 заглавные буквы и 6–16 цифр): Китай допускает импортные продукты только от зарегистрированных производителей.",
    en: "The manufacturer's GACC registration number (4 capital letters and 6–16 digits): China admits imported food only from registered manufacturers.",
    "zh-CN": "生产企业的海关总署（GACC）注册编号（4 个大写字母加 6–16 位数字）：中国只允许已注册企业生产的进口食品。",
  },
  dairy_domestic_only: {
    uz: "Sut mahsulotlari faqat Guanchjou markazi omboridan sotiladi: Xitoy O'zbekiston sut mahsulotlarini transchegaraviy pochta orqali qabul qilmaydi. Omborni Guanchjou qilib belgilang.",
    ru: "Молочные продукты продаются только со склада центра в Гуанчжоу: Китай не допускает узбекскую молочную продукцию трансграничной почтой. Укажите склад в Гуанчжоу.",
    en: "Dairy is sold only from the Guangzhou centre's stock: China does not admit Uzbek dairy by cross-border mail. Set the stock to Guangzhou.",
    "zh-CN": "乳制品只能从广州中心的现货销售：中国不允许乌兹别克斯坦乳制品以跨境直邮方式进口。请将库存设为广州。",
  },
  price: {
    uz: "Kamida bitta variant, har birida yuanda (CNY) narx.",
    ru: "Хотя бы один вариант, у каждого — цена в юанях (CNY).",
    en: "At least one variant, each with a price in yuan (CNY).",
    "zh-CN": "至少一个规格，且每个规格都有人民币价格。",
  },
  image: {
    uz: "Kamida bitta rasm.",
    ru: "Хотя бы одно изображение.",
    en: "At least one image.",
    "zh-CN": "至少一张图片。",
  },
}

const hsFamilyMessage = (headings: string[]): Translated => {
  const list = headings.join(", ")
  return {
    uz: `Ushbu kategoriya tovarlariga tegishli HS kodi (${list} pozitsiyalari): bojxona mahsulotni shu kod bilan rasmiylashtiradi.`,
    ru: `Код HS, относящийся к товарам этой категории (товарные позиции ${list}): по нему товар декларируется на таможне.`,
    en: `An HS code of this category's goods (headings ${list}): customs declares the product under it.`,
    "zh-CN": `与该类目商品相符的 HS 编码（品目 ${list}）：海关按此编码申报商品。`,
  }
}

const filled = (value: string | null | undefined) => typeof value === "string" && value.trim().length > 0

export function listingChecklist(subject: ChecklistSubject): ChecklistItem[] {
  const item = (key: Exclude<ChecklistKey, "hs_code_family">, ok: boolean): ChecklistItem => ({ key, ok, message: MESSAGES[key] })
  const family = subject.family ? PRODUCT_FAMILIES[subject.family] : undefined
  const trade = subject.trade
  const food = family?.food ?? isFoodHsCode(trade?.hs_code)
  const items: ChecklistItem[] = [
    item("title_zh", filled(subject.content["zh-CN"]?.title)),
    item("category", !!subject.family),
    item("trade", !!trade && filled(trade.hs_code) && filled(trade.stock_origin)),
  ]
  if (food) {
    items.push(
      item("label_zh", filled(trade?.label_zh)),
      item("food_shelf_life", !!trade?.shelf_life_days && trade.shelf_life_days > 0),
      item("food_storage", filled(trade?.storage)),
      item("food_gacc", !!trade?.gacc_registration_number && GACC.test(trade.gacc_registration_number)),
    )
  }
  if (family) {
    items.push({
      key: "hs_code_family",
      ok: !!trade?.hs_code && family.hsHeadings.includes(trade.hs_code.slice(0, 4)),
      message: hsFamilyMessage(family.hsHeadings),
    })
    if (family.domesticOnly) items.push(item("dairy_domestic_only", trade?.stock_origin === "domestic"))
  }
  items.push(
    item("price", subject.variants.length > 0 && subject.variants.every((v) => typeof v.price_cny === "number" && v.price_cny > 0)),
    item("image", subject.images > 0),
  )
  return items
}

const REFUSAL: Translated = {
  uz: "E'lonni hali yuborib bo'lmaydi, yetishmayapti:",
  ru: "Объявление пока нельзя отправить, не хватает:",
  en: "The listing cannot be submitted yet. Missing:",
  "zh-CN": "暂时无法提交，还缺少：",
}

/** One sentence naming every unmet item, for the 400 that refuses a submission. */
export function checklistRefusal(items: ChecklistItem[], locale: PartnerLocale): string {
  const missing = items.filter((i) => !i.ok).map((i) => i.message[locale])
  return [REFUSAL[locale], ...missing].join(" ")
}

/** How complete a language's text is, 0-100: the title counts most, then the description, then the subtitle. */
const WEIGHTS: Record<ContentField, number> = { title: 50, description: 30, subtitle: 20 }

export function contentCompleteness(text: Partial<Record<ContentField, string | null>> | undefined): number {
  if (!text) return 0
  return (Object.keys(WEIGHTS) as ContentField[]).reduce((sum, field) => sum + (filled(text[field]) ? WEIGHTS[field] : 0), 0)
}
