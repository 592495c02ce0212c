import { useTranslation } from "react-i18next"
import { isUiLocale, setLocale } from "../../i18n"
import { UI_LOCALES, type UiLocale } from "../../lib/types"
import { NativeSelect } from "../form/field"

/** Each language is named in itself, so a person finds theirs whatever the page is in. */
export function LanguageSelect({ id, onChange }: { id: string; onChange?: (locale: UiLocale) => void }) {
  const { t, i18n } = useTranslation()
  return (
    <NativeSelect
      id={id}
      value={i18n.language}
      onChange={async (event) => {
        const next = event.target.value
        if (!isUiLocale(next)) return
        await setLocale(next)
        onChange?.(next)
      }}
    >
      {UI_LOCALES.map((locale) => (
        <option key={locale} value={locale} lang={locale}>
          {t(`languages.${locale}`)}
        </option>
      ))}
    </NativeSelect>
  )
}
