import { useTranslation } from "react-i18next"
import { meterTone } from "../../lib/completeness"
import type { ContentLocale } from "../../lib/types"

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
        {compact ? `${percent}%` : t("content.completeness", { percent })}
      </span>
    </div>
  )
}
