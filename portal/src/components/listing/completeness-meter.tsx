import { useTranslation } from "react-i18next"
import { meterTone } from "../../lib/completeness"
import { CONTENT_LOCALES, type ContentLocale } from "../../lib/types"

/** Short names of the content languages for compact meters (the meter's label names the language in full). */
const SHORT: Record<ContentLocale, string> = { "zh-CN": "ZH", en: "EN", ru: "RU" }

const BAR: Record<ReturnType<typeof meterTone>, string> = {
  red: "bg-ui-tag-red-icon",
  orange: "bg-ui-tag-orange-icon",
  green: "bg-ui-tag-green-icon",
}

const PILL: Record<ReturnType<typeof meterTone>, string> = {
  red: "bg-ui-tag-red-bg text-ui-tag-red-text border-ui-tag-red-border",
  orange: "bg-ui-tag-orange-bg text-ui-tag-orange-text border-ui-tag-orange-border",
  green: "bg-ui-tag-green-bg text-ui-tag-green-text border-ui-tag-green-border",
}

/** One language's content completeness as a bar with its figure; a meter to assistive technology. */
export function CompletenessMeter({ locale, percent }: { locale: ContentLocale; percent: number }) {
  const { t } = useTranslation()
  const label = t("content.meterLabel", { language: t(`contentLanguages.${locale}`) })
  return (
    <div className="flex items-center gap-x-2">
      <div
        role="meter"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={t("content.completeness", { percent })}
        className="bg-ui-bg-switch-off h-1.5 w-24 overflow-hidden rounded-full"
      >
        <div className={`h-full ${BAR[meterTone(percent)]}`} style={{ width: `${percent}%` }} />
      </div>
      <span className="txt-compact-xsmall text-ui-fg-subtle tabular-nums">{t("content.completeness", { percent })}</span>
    </div>
  )
}

/**
 * Every content language's completeness, as lists show it: a small tag a language ("ZH 100%"), coloured as the
 * editor's meters, each a meter to assistive technology. The editor shows the same figures per tab.
 */
export function CompletenessMeters({ percents }: { percents: Record<ContentLocale, number> }) {
  const { t } = useTranslation()
  return (
    <div className="flex flex-wrap gap-1">
      {CONTENT_LOCALES.map((locale) => (
        <span
          key={locale}
          role="meter"
          aria-label={t("content.meterLabel", { language: t(`contentLanguages.${locale}`) })}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percents[locale]}
          aria-valuetext={t("content.completeness", { percent: percents[locale] })}
          className={`txt-compact-xsmall rounded-md border px-1.5 tabular-nums ${PILL[meterTone(percents[locale])]}`}
        >
          {SHORT[locale]} {percents[locale]}%
        </span>
      ))}
    </div>
  )
}
