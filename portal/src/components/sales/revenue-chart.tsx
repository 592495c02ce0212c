import { useTranslation } from "react-i18next"
import { currentLocale } from "../../i18n"
import { formatCny, formatDate } from "../../i18n/format"
import type { SalesSummary } from "../../lib/types"

const WIDTH = 600
const HEIGHT = 160
const PAD = { top: 8, right: 4, bottom: 20, left: 4 }

/**
 * Revenue per day as bars, drawn in code (a chart library would weigh more than the rest of the page). The SVG
 * scales to the width it gets, so it fits a 390-px phone; a table of the same figures follows it for screen
 * readers and for anyone who wants the numbers.
 */
export function RevenueChart({ series }: { series: SalesSummary["series"] }) {
  const { t } = useTranslation()
  const locale = currentLocale()
  const highest = Math.max(0, ...series.map((d) => d.revenue))
  const max = Math.max(1, highest)
  const slot = (WIDTH - PAD.left - PAD.right) / Math.max(1, series.length)
  const plot = HEIGHT - PAD.top - PAD.bottom
  const first = series[0]
  const last = series.at(-1)
  return (
    <figure className="flex flex-col gap-y-2">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="h-auto w-full"
        role="img"
        aria-label={t("sales.chartLabel")}
        data-testid="revenue-chart"
      >
        <line
          x1={PAD.left}
          x2={WIDTH - PAD.right}
          y1={HEIGHT - PAD.bottom}
          y2={HEIGHT - PAD.bottom}
          className="stroke-ui-border-strong"
          strokeWidth={1}
        />
        {series.map((d, i) => {
          const h = (d.revenue / max) * plot
          return (
            <rect
              key={d.date}
              x={PAD.left + i * slot + slot * 0.15}
              y={HEIGHT - PAD.bottom - h}
              width={slot * 0.7}
              height={Math.max(h, d.revenue > 0 ? 2 : 0)}
              rx={1}
              className="fill-ui-fg-interactive"
              data-revenue={d.revenue}
            >
              <title>{`${formatDate(d.date, locale)}: ${formatCny(d.revenue, locale)} · ${t("sales.unitsCount", { count: d.units })}`}</title>
            </rect>
          )
        })}
        {first ? (
          <text x={PAD.left} y={HEIGHT - 4} className="fill-ui-fg-subtle text-[11px]">
            {formatDate(first.date, locale)}
          </text>
        ) : null}
        {last ? (
          <text x={WIDTH - PAD.right} y={HEIGHT - 4} textAnchor="end" className="fill-ui-fg-subtle text-[11px]">
            {formatDate(last.date, locale)}
          </text>
        ) : null}
      </svg>
      <figcaption className="txt-compact-xsmall text-ui-fg-subtle">
        {highest > 0 ? t("sales.chartCaption", { max: formatCny(highest, locale) }) : t("sales.nothingYet")}
      </figcaption>
    </figure>
  )
}
