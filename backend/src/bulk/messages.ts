import type { PartnerLocale } from "../modules/partner-access/constants"

/** What an import says about a row, in the person's language; the column is named beside it, not in it. */
const MESSAGES = {
  required: {
    uz: "To'ldirilishi shart.",
    ru: "Обязательное поле.",
    en: "Required.",
    "zh-CN": "必填。",
  },
  too_long: {
    uz: "Ko'pi bilan {max} belgi bo'lishi mumkin.",
    ru: "Не больше {max} символов.",
    en: "At most {max} characters.",
    "zh-CN": "最多 {max} 个字符。",
  },
  number: {
    uz: 'Son bo\'lishi kerak (masalan 48.5), "{value}" emas.',
    ru: "Нужно число (например 48.5), а не «{value}».",
    en: 'Must be a number (e.g. 48.5), not "{value}".',
    "zh-CN": "必须是数字（例如 48.5），而不是“{value}”。",
  },
  integer: {
    uz: 'Butun son bo\'lishi kerak, "{value}" emas.',
    ru: "Нужно целое число, а не «{value}».",
    en: 'Must be a whole number, not "{value}".',
    "zh-CN": "必须是整数，而不是“{value}”。",
  },
  range: {
    uz: "{min} dan {max} gacha bo'lishi kerak.",
    ru: "Должно быть от {min} до {max}.",
    en: "Must be between {min} and {max}.",
    "zh-CN": "必须在 {min} 到 {max} 之间。",
  },
  one_of: {
    uz: "Quyidagilardan biri bo'lishi kerak: {values}.",
    ru: "Должно быть одним из: {values}.",
    en: "Must be one of: {values}.",
    "zh-CN": "必须是以下之一：{values}。",
  },
  format: {
    uz: "Noto'g'ri format: {hint}.",
    ru: "Неверный формат: {hint}.",
    en: "Wrong format: {hint}.",
    "zh-CN": "格式不正确：{hint}。",
  },
  unknown_listing: {
    uz: "Sizning e'lonlaringiz orasida {value} yo'q.",
    ru: "Среди ваших объявлений нет {value}.",
    en: "None of your listings is {value}.",
    "zh-CN": "您的商品中没有 {value}。",
  },
  unknown_category: {
    uz: "\"{value}\" kategoriyasi yo'q: portaldagi ro'yxatdan kategoriya kodini yozing.",
    ru: "Категории «{value}» нет: укажите код категории из списка в портале.",
    en: 'There is no category "{value}": use a category code from the portal\'s list.',
    "zh-CN": "没有类目“{value}”：请填写门户列表中的类目代码。",
  },
  unknown_variant: {
    uz: "Sizning mahsulotlaringiz orasida {value} varianti yo'q.",
    ru: "Среди ваших товаров нет варианта {value}.",
    en: "None of your products has the variant {value}.",
    "zh-CN": "您的商品中没有规格 {value}。",
  },
  duplicate: {
    uz: "{value} faylda {row}-qatorda allaqachon bor.",
    ru: "{value} уже есть в файле в строке {row}.",
    en: "{value} is already in the file at row {row}.",
    "zh-CN": "{value} 已在文件第 {row} 行出现。",
  },
  sku_taken: {
    uz: "{value} SKU boshqa mahsulotda ishlatilgan.",
    ru: "Артикул {value} уже используется другим товаром.",
    en: "The SKU {value} is already used by another product.",
    "zh-CN": "SKU {value} 已被其他商品使用。",
  },
  several_variants: {
    uz: "Bu e'lonning {count} ta varianti bor: narx va zaxirani \"zaxira va narxlar\" fayli orqali o'zgartiring.",
    ru: "У объявления {count} вариантов: цены и остатки меняйте файлом «остатки и цены».",
    en: "This listing has {count} variants: change its prices and stock with the stock-and-prices file.",
    "zh-CN": "该商品有 {count} 个规格：请用“库存和价格”文件修改价格和库存。",
  },
  unknown_columns: {
    uz: "Noma'lum ustunlar: {values}. Eksport qilingan fayldagi sarlavhalardan foydalaning.",
    ru: "Неизвестные столбцы: {values}. Используйте заголовки из выгруженного файла.",
    en: "Unknown columns: {values}. Use the headers of an exported file.",
    "zh-CN": "未知的列：{values}。请使用导出文件的表头。",
  },
  missing_columns: {
    uz: "Fayl quyidagi ustunlarga muhtoj: {values}.",
    ru: "В файле нужны столбцы: {values}.",
    en: "The file needs the columns: {values}.",
    "zh-CN": "文件需要以下列：{values}。",
  },
  no_rows: {
    uz: "Faylda sarlavhadan keyin qatorlar yo'q.",
    ru: "В файле нет строк после заголовка.",
    en: "The file has no rows after its header.",
    "zh-CN": "文件表头之后没有数据行。",
  },
  too_many_rows: {
    uz: "Bir faylda ko'pi bilan {max} qator bo'lishi mumkin.",
    ru: "В одном файле — не больше {max} строк.",
    en: "A file may have at most {max} rows.",
    "zh-CN": "每个文件最多 {max} 行。",
  },
  unreadable: {
    uz: "Faylni o'qib bo'lmadi: CSV (UTF-8) yoki XLSX yuboring.",
    ru: "Не удалось прочитать файл: отправьте CSV (UTF-8) или XLSX.",
    en: "The file could not be read: send CSV (UTF-8) or XLSX.",
    "zh-CN": "无法读取文件：请上传 CSV（UTF-8）或 XLSX。",
  },
  too_large: {
    uz: "Fayl ko'pi bilan {mb} MB bo'lishi mumkin: uni bir nechta faylga bo'ling.",
    ru: "Файл — не больше {mb} МБ: разделите его на несколько файлов.",
    en: "A file may be at most {mb} MB: split it into several files.",
    "zh-CN": "文件不能超过 {mb} MB：请拆分为多个文件。",
  },
  nothing_to_change: {
    uz: "Qatorda o'zgartirish uchun hech narsa yo'q.",
    ru: "В строке нечего менять.",
    en: "The row changes nothing.",
    "zh-CN": "该行没有需要修改的内容。",
  },
  failed: {
    uz: "Saqlanmadi, hech narsa yozilmadi: {reason}",
    ru: "Не сохранено, ничего не записано: {reason}",
    en: "Not saved, nothing was written: {reason}",
    "zh-CN": "未保存，未写入任何内容：{reason}",
  },
  invalid: {
    uz: "{reason}",
    ru: "{reason}",
    en: "{reason}",
    "zh-CN": "{reason}",
  },
} satisfies Record<string, Record<PartnerLocale, string>>

export type BulkMessage = keyof typeof MESSAGES

export function bulkMessage(locale: PartnerLocale, key: BulkMessage, values: Record<string, string | number> = {}): string {
  return MESSAGES[key][locale].replace(/\{(\w+)\}/g, (_, name) => String(values[name] ?? ""))
}
