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

/** One language's content completeness as a bar with its figure; a meter to assistive technology. */
export function CompletenessMeter({ locale, percent, compact }: { locale: ContentLocale; percent: number; compact?: boolean }) {
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
        className={`bg-ui-bg-switch-off h-1.5 overflow-hidden rounded-full ${compact ? "w-10" : "w-24"}`}
      >
        <div className={`h-full ${BAR[meterTone(percent)]}`} style={{ width: `${percent}%` }} />
      </div>
      <span className="txt-compact-xsmall text-ui-fg-subtle tabular-nums">
        {compact ? `${SHORT[locale]} ${percent}%` : t("content.completeness", { percent })}
      </span>
    </div>
  )
}

/** Every content language's completeness, compact, as lists show it: the editor shows the same figures per tab. */
export function CompletenessMeters({ percents }: { percents: Record<ContentLocale, number> }) {
  return (
    <div className="flex flex-col gap-y-0.5">
      {CONTENT_LOCALES.map((locale) => (
        <CompletenessMeter key={locale} locale={locale} percent={percents[locale]} compact />
      ))}
    </div>
  )
}
