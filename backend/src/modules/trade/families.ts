/**
 * The product families of the shop (its top-level categories) and what customs
 * and food law expect of each: whether it is food (shelf life, storage, GACC
 * registration, Chinese label), which HS headings (first four digits of the
 * China tariff number) its goods are declared under, and whether it may be sold
 * cross-border at all (dairy may not: no market access, Guangzhou stock only).
 */
export interface ProductFamily {
  food: boolean
  hsHeadings: string[]
  domesticOnly?: boolean
}

export const PRODUCT_FAMILIES: Record<string, ProductFamily> = {
  // 0804 figs, 0806 grapes (raisins), 0813 apricots, prunes and other dried fruit, 2006 candied, 2008 otherwise prepared
  "dried-fruit": { food: true, hsHeadings: ["0804", "0806", "0813", "2006", "2008"] },
  // 0802 nuts, 1212 apricot kernels, 2008 roasted nuts
  nuts: { food: true, hsHeadings: ["0802", "1212", "2008"] },
  honey: { food: true, hsHeadings: ["0409"] },
  // 0401-0406 milk, cream, yoghurt, whey, butter and ghee, cheese and qurt
  dairy: { food: true, hsHeadings: ["0401", "0402", "0403", "0404", "0405", "0406"], domesticOnly: true },
  "gift-sets": { food: true, hsHeadings: ["0409", "0802", "0804", "0806", "0813", "2006", "2008"] },
  // 6401-6405 footwear
  footwear: { food: false, hsHeadings: ["6401", "6402", "6403", "6404", "6405"] },
  // 4202 bags and wallets, 4203 belts and other apparel of leather, 4205 other articles of leather
  "leather-goods": { food: false, hsHeadings: ["4202", "4203", "4205"] },
}

/** Chapters 01-24 of the tariff are food, drink and agricultural goods: the food rules follow them where no family says. */
export const isFoodHsCode = (hsCode: string | null | undefined) => !!hsCode && Number(hsCode.slice(0, 2)) <= 24
