/** Chinese characters (and the compatibility block), the script of most of the shop's buyers' names. */
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/

/**
 * A person's name as the page's language writes it, for every place the shop greets or names someone.
 * A name written in Chinese characters is family name first with no space, in any language (王芳). A name in Latin
 * letters is given name first in English ("Fang Wang") and family name first in Chinese ("Wang Fang").
 * A missing part is left out rather than leaving a stray space.
 */
export function personName({ firstName, lastName }: { firstName?: string | null; lastName?: string | null }, locale: string): string {
  const given = firstName?.trim() ?? ""
  const family = lastName?.trim() ?? ""
  if (HAN.test(given + family)) return `${family}${given}`
  const parts = locale.startsWith("zh") ? [family, given] : [given, family]
  return parts.filter(Boolean).join(" ")
}
