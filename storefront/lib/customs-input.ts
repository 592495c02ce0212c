import { getTranslations } from "next-intl/server"

/**
 * What the shop checks of a customs identity before sending it: both fields filled in, and no longer than the
 * backend takes (its request validator: real name 40, ID number 30 characters). The rules themselves (GB 11643, the
 * name's script) are the backend's, which explains each in the buyer's language.
 */
const REAL_NAME_MAX = 40
const ID_NUMBER_MAX = 30

type IdentityField = "realName" | "idNumber"
export type IdentityProblems = Partial<Record<IdentityField, "required" | "tooLong">>

export function identityProblems(realName: string, idNumber: string): IdentityProblems | undefined {
  const problems: IdentityProblems = {}
  if (!realName.trim()) problems.realName = "required"
  else if (realName.trim().length > REAL_NAME_MAX) problems.realName = "tooLong"
  if (!idNumber.trim()) problems.idNumber = "required"
  else if (idNumber.trim().length > ID_NUMBER_MAX) problems.idNumber = "tooLong"
  return Object.keys(problems).length ? problems : undefined
}

/** One sentence naming every field of the identity that needs the buyer's attention, by its label. */
export async function identityError(locale: string, problems: IdentityProblems): Promise<string> {
  const t = await getTranslations({ locale, namespace: "customs" })
  const missing = (["realName", "idNumber"] as const).filter((f) => problems[f] === "required").map((f) => t(f))
  if (missing.length) return t("missing", { fields: missing.join(t("listSeparator")) })
  return problems.realName ? t("realNameTooLong", { max: REAL_NAME_MAX }) : t("idNumberTooLong", { max: ID_NUMBER_MAX })
}
