import type { PartnerLocale } from "../../modules/partner-access/constants"

/** What the exporter API says to a person, in the portal's four languages. */
const MESSAGES = {
  suspended: {
    uz: "Eksportyoringiz hisobi Bozor operatorlari tomonidan to'xtatilgan. Batafsil ma'lumot uchun Bozor bilan bog'laning.",
    ru: "Аккаунт вашего экспортёра приостановлен операторами Bozor. Свяжитесь с Bozor, чтобы узнать подробности.",
    en: "Your exporter's account has been suspended by Bozor's operators. Please contact Bozor for details.",
    "zh-CN": "您所在出口商的账户已被丝路巴扎运营方暂停。详情请联系丝路巴扎。",
  },
  owner_only: {
    uz: "Hamkasblarni faqat eksportyor hisobining egasi taklif qilishi yoki olib tashlashi mumkin.",
    ru: "Приглашать и удалять коллег может только владелец аккаунта экспортёра.",
    en: "Only the owner of the exporter's account may invite or remove colleagues.",
    "zh-CN": "只有出口商账户的所有者可以邀请或移除同事。",
  },
  not_self: {
    uz: "O'zingizni olib tashlay olmaysiz: buni boshqa ega qilishi mumkin.",
    ru: "Нельзя удалить самого себя: это может сделать другой владелец.",
    en: "You cannot remove yourself: another owner can.",
    "zh-CN": "您不能移除自己：可由其他所有者操作。",
  },
  already_member: {
    uz: "Bu e-pochta manzili allaqachon Bozordagi eksportyor xodimiga tegishli.",
    ru: "Этот адрес уже принадлежит сотруднику экспортёра в Bozor.",
    en: "This e-mail address already belongs to a person of an exporter on Bozor.",
    "zh-CN": "该邮箱已属于丝路巴扎上某出口商的人员。",
  },
  image_type: {
    uz: "Fayl {name}: faqat JPEG, PNG yoki WebP rasmlar qabul qilinadi.",
    ru: "Файл {name}: принимаются только изображения JPEG, PNG или WebP.",
    en: "File {name}: only JPEG, PNG or WebP images are accepted.",
    "zh-CN": "文件 {name}：只接受 JPEG、PNG 或 WebP 图片。",
  },
  image_size: {
    uz: "Har bir rasm ko'pi bilan {mb} MB bo'lishi mumkin.",
    ru: "Каждое изображение — не больше {mb} МБ.",
    en: "Each image may be at most {mb} MB.",
    "zh-CN": "每张图片不能超过 {mb} MB。",
  },
  image_count: {
    uz: "Bir e'londa ko'pi bilan {max} ta rasm bo'lishi mumkin.",
    ru: "В объявлении может быть не больше {max} изображений.",
    en: "A listing may have at most {max} images.",
    "zh-CN": "每个商品最多 {max} 张图片。",
  },
  no_files: {
    uz: "Rasm yuborilmadi: ularni `files` maydonida yuboring.",
    ru: "Изображения не получены: отправьте их в поле `files`.",
    en: "No images were received: send them in the `files` field.",
    "zh-CN": "未收到图片：请通过 `files` 字段上传。",
  },
  image_order: {
    uz: "`ids` e'londagi barcha rasmlarni aynan bir martadan sanashi kerak.",
    ru: "`ids` должен перечислять каждое изображение объявления ровно один раз.",
    en: "`ids` must list every image of the listing exactly once.",
    "zh-CN": "`ids` 必须恰好列出该商品的每一张图片各一次。",
  },
  archived: {
    uz: "E'lon arxivda: uni o'zgartirish uchun qayta ko'rib chiqishga yuboring.",
    ru: "Объявление в архиве: чтобы изменить его, снова отправьте его на проверку.",
    en: "The listing is archived: submit it for review again to change it.",
    "zh-CN": "该商品已归档：如需修改，请重新提交审核。",
  },
  nothing_to_submit: {
    uz: "Ko'rib chiqish uchun hech narsa yo'q: e'lon allaqachon sotuvda va o'zgarishlar yo'q.",
    ru: "Нечего отправлять на проверку: объявление уже в продаже и изменений нет.",
    en: "There is nothing to review: the listing is live and has no changes.",
    "zh-CN": "没有需要审核的内容：商品已上架且没有修改。",
  },
  already_in_review: {
    uz: "E'lon allaqachon ko'rib chiqilmoqda.",
    ru: "Объявление уже на проверке.",
    en: "The listing is already in review.",
    "zh-CN": "该商品已在审核中。",
  },
  category: {
    uz: "Bunday kategoriya yo'q: ro'yxatdan birini tanlang.",
    ru: "Такой категории нет: выберите категорию из списка.",
    en: "There is no such category: choose one from the list.",
    "zh-CN": "没有该类目：请从列表中选择。",
  },
  variant: {
    uz: "{id} varianti bu e'longa tegishli emas.",
    ru: "Вариант {id} не относится к этому объявлению.",
    en: "Variant {id} does not belong to this listing.",
    "zh-CN": "规格 {id} 不属于该商品。",
  },
  api_key_not_allowed: {
    uz: "API kaliti faqat qoldiq va narx yo'llariga ruxsat beradi (GET/POST /exporter/stock, POST /exporter/prices).",
    ru: "API-ключ даёт доступ только к остаткам и ценам (GET/POST /exporter/stock, POST /exporter/prices).",
    en: "An API key may only call the stock and price routes (GET/POST /exporter/stock, POST /exporter/prices).",
    "zh-CN": "API 密钥只能调用库存和价格接口（GET/POST /exporter/stock、POST /exporter/prices）。",
  },
  owner_only_keys: {
    uz: "API kalitlarini faqat eksportyor hisobining egasi yaratishi yoki bekor qilishi mumkin.",
    ru: "Создавать и отзывать API-ключи может только владелец аккаунта экспортёра.",
    en: "Only the owner of the exporter's account may create or revoke API keys.",
    "zh-CN": "只有出口商账户的所有者可以创建或撤销 API 密钥。",
  },
  unknown_variant: {
    uz: "{field}: {value} varianti topilmadi.",
    ru: "{field}: вариант {value} не найден.",
    en: "{field}: variant {value} was not found.",
    "zh-CN": "{field}：未找到规格 {value}。",
  },
  unknown_location: {
    uz: "{field}: {value} ombori yo'q; omborlar: {allowed}.",
    ru: "{field}: склада {value} нет; склады: {allowed}.",
    en: "{field}: there is no stock location {value}; locations: {allowed}.",
    "zh-CN": "{field}：没有库存地点 {value}；可用地点：{allowed}。",
  },
} satisfies Record<string, Record<PartnerLocale, string>>

export type ExporterMessage = keyof typeof MESSAGES

export function exporterMessage(locale: PartnerLocale, key: ExporterMessage, values: Record<string, string | number> = {}): string {
  return MESSAGES[key][locale].replace(/\{(\w+)\}/g, (_, name) => String(values[name] ?? ""))
}
