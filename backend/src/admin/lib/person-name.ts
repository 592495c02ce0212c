/** Chinese characters (and the compatibility block). */
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/

/**
 * A name as its owner writes it. Medusa Admin joins first and last name ("芳 王"); a Chinese name is written family
 * name first with no space (王芳). A name in Latin letters stays given name first, as the admin's English does.
 */
export function nameAsWritten(firstName?: string | null, lastName?: string | null): string {
  const given = firstName?.trim() ?? ""
  const family = lastName?.trim() ?? ""
  if (HAN.test(given + family)) return `${family}${given}`
  return [given, family].filter(Boolean).join(" ")
}
