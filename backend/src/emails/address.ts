/**
 * Names and addresses as the e-mail's language writes them; the same rules as the shop's pages
 * (storefront/lib/person-name.ts and storefront/lib/address.ts).
 */
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/

/** 王芳 in any language; a Latin name given name first in English, family name first in Chinese. */
export function personName(firstName: string | null | undefined, lastName: string | null | undefined, locale: string): string {
  const given = firstName?.trim() ?? ""
  const family = lastName?.trim() ?? ""
  if (HAN.test(given + family)) return `${family}${given}`
  return (locale.startsWith("zh") ? [family, given] : [given, family]).filter(Boolean).join(" ")
}

export interface PostalAddress {
  province?: string | null
  city?: string | null
  /** Medusa's address_2: the district. */
  district?: string | null
  /** Medusa's address_1: street and number. */
  street?: string | null
  postalCode?: string | null
}

/**
 * Chinese writes an address from the largest place to the smallest with no separators (广东省广州市海珠区新港东路 1000 号);
 * English from the street to the province, with commas, and the postcode last.
 */
export function postalAddress(a: PostalAddress, locale: string): string {
  const part = (s: string | null | undefined) => s?.trim() ?? ""
  if (locale.startsWith("zh")) return [a.province, a.city, a.district, a.street].map(part).join("")
  const province = [part(a.province), part(a.postalCode)].filter(Boolean).join(" ")
  return [part(a.street), part(a.district), part(a.city), province].filter(Boolean).join(", ")
}
