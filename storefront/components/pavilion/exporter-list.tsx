import { getTranslations } from "next-intl/server"
import { Img } from "@/components/ui/img"
import { Link } from "@/i18n/navigation"
import type { getExporters } from "@/lib/medusa"
import { regionName } from "@bozor/shared"

type Exporter = Awaited<ReturnType<typeof getExporters>>[number]

/** Exporters as cards: logo, name, region and city, and whether the consulate verified them. */
export async function ExporterList({ exporters, locale }: { exporters: Exporter[]; locale: string }) {
  const t = await getTranslations({ locale, namespace: "product" })
  return (
    <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      {exporters.map((e) => (
        <li
          key={e.handle}
          className="relative flex items-center gap-3 rounded-2xl bg-white p-3 ring-1 ring-ink/10"
          data-testid="featured-exporter"
        >
          {e.logoUrl && <Img src={e.logoUrl} alt="" width={48} height={48} className="h-12 w-12 rounded-full" />}
          <div>
            <Link href={`/exporters/${e.handle}`} className="font-medium after:absolute after:inset-0">
              {e.name}
            </Link>
            <p className="text-sm text-ink/70">
              {regionName(e.region, locale)} · {e.city}
            </p>
            {e.verified && (
              <span className="mt-1 inline-block rounded bg-green-100 px-2 py-0.5 text-xs text-green-900">{t("verified")}</span>
            )}
          </div>
        </li>
      ))}
    </ul>
  )
}
