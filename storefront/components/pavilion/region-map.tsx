import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { labelPoint, MAP_HEIGHT, MAP_WIDTH, pathOf, REGIONS } from "./uzbekistan-regions"
import { regionName } from "@bozor/shared"

/** The small eastern regions get their names outside the map, with a leader line, so the labels do not overlap. */
const LABEL_OFFSETS: Record<string, [number, number]> = {
  namangan: [0, -70],
  andijan: [10, -45],
  fergana: [20, 45],
  sirdaryo: [-10, 50],
  tashkent: [0, -20],
}

/** Room a name needs either side of its point; a name nearer the map's right edge ends at the edge instead. */
const HALF_LABEL = 60
const labelX = (x: number) =>
  x + HALF_LABEL > MAP_WIDTH ? { x: MAP_WIDTH - 4, textAnchor: "end" as const } : { x, textAnchor: "middle" as const }

/**
 * Uzbekistan's regions drawn in SVG on the server. Each region our goods come from links to the search filtered by
 * the origin facet; a region is named in the visitor's language, inside or beside it.
 */
export async function RegionMap({ locale }: { locale: string }) {
  const t = await getTranslations({ locale, namespace: "pavilion" })
  return (
    <figure>
      <svg
        viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
        role="img"
        aria-labelledby="region-map-title"
        className="h-auto w-full"
        data-testid="region-map"
      >
        <title id="region-map-title">{t("mapTitle")}</title>
        {REGIONS.map((region) => {
          const [x, y] = labelPoint(region.outline)
          const [dx, dy] = LABEL_OFFSETS[region.key] ?? [0, 0]
          const shape = (
            <>
              <path
                d={pathOf(region.outline)}
                className={
                  region.origin
                    ? "fill-saffron-100 stroke-saffron-700 transition-colors group-hover:fill-saffron-500 group-focus:fill-saffron-500"
                    : "fill-ink/5 stroke-ink/30"
                }
                strokeWidth={2}
              />
              {(dx || dy) && <line x1={x} y1={y} x2={x + dx} y2={y + dy} className="stroke-ink/50" strokeWidth={1} />}
              <text
                {...labelX(x + dx)}
                y={y + dy + (dy < 0 ? -4 : dy > 0 ? 14 : 5)}
                className={`text-[22px] ${region.origin ? "fill-ink font-semibold" : "fill-ink/60"}`}
              >
                {regionName(region.key, locale)}
              </text>
            </>
          )
          return region.origin ? (
            <Link
              key={region.key}
              href={{ pathname: "/search", query: { origin: region.origin } }}
              className="group"
              aria-label={t("regionProducts", { region: regionName(region.key, locale) })}
              data-testid="region-link"
              data-region={region.origin}
            >
              {shape}
            </Link>
          ) : (
            <g key={region.key}>{shape}</g>
          )
        })}
      </svg>
      <figcaption className="mt-2 text-sm text-ink/70">{t("mapCaption")}</figcaption>
    </figure>
  )
}
