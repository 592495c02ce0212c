import { getTranslations } from "next-intl/server"
import { Img } from "@/components/ui/img"
import { Link } from "@/i18n/navigation"
import { formatDay } from "@/lib/beijing-time"
import type { Campaign } from "@/lib/medusa/types"

/** The campaigns running now, as the consulate published them: the first large, the others beside it. */
export async function CampaignStrip({ campaigns, locale }: { campaigns: Campaign[]; locale: string }) {
  if (!campaigns.length) return null
  const t = await getTranslations({ locale, namespace: "campaign" })
  return (
    <section className="mb-8 grid gap-4 md:grid-cols-2" aria-label={t("current")} data-testid="campaign-strip">
      {campaigns.map((c, i) => (
        <article
          key={c.id}
          className={`relative overflow-hidden rounded-3xl bg-lapis-800 text-white ${i === 0 ? "md:col-span-2" : ""}`}
          data-testid="campaign-card"
          data-slug={c.slug}
        >
          {c.heroImageUrl && (
            <Img src={c.heroImageUrl} alt="" fill sizes={i === 0 ? "100vw" : "50vw"} className="object-cover opacity-40" />
          )}
          <div className="relative px-6 py-8 sm:px-10">
            <p className="text-sm uppercase tracking-wide opacity-90">{t("current")}</p>
            <h2 className="mt-1 text-2xl font-bold sm:text-3xl">{c.title}</h2>
            <p className="mt-2 text-sm opacity-90">{t("until", { date: formatDay(c.endsAt, locale) })}</p>
            <Link
              href={`/campaigns/${c.slug}`}
              className="mt-4 inline-block rounded-full bg-white px-4 py-2 text-sm font-medium text-lapis-800"
            >
              {t("shop")}
            </Link>
          </div>
        </article>
      ))}
    </section>
  )
}
