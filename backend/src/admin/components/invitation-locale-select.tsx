import { Select } from "@medusajs/ui"
import { PARTNER_LOCALES, type PartnerLocale } from "../../modules/partner-access/constants"

/** Each partner language in its own name, as the person invited reads it. */
const NAMES: Record<PartnerLocale, string> = { uz: "O'zbekcha", ru: "Русский", en: "English", "zh-CN": "中文" }

/** The language an invitation e-mail is written in: one of the partner portal's languages. */
export function InvitationLocaleSelect({ value, onChange, label }: { value: string; onChange: (locale: string) => void; label: string }) {
  return (
    <Select value={value} onValueChange={onChange}>
      <Select.Trigger aria-label={label}>
        <Select.Value />
      </Select.Trigger>
      <Select.Content>
        {PARTNER_LOCALES.map((locale) => (
          <Select.Item key={locale} value={locale}>
            {NAMES[locale]}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  )
}
