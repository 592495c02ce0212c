import { getTranslations } from "next-intl/server"
import { Img } from "@/components/ui/img"
import { formatDay } from "@/lib/beijing-time"
import { getProductsByIds } from "@/lib/medusa/content"
import { getExporters } from "@/lib/medusa"
import type { Campaign } from "@/lib/medusa/types"
import { ExporterList } from "@/components/pavilion/exporter-list"
import { CampaignProducts } from "./campaign-products"

/** A campaign's page: hero, text, window, the discount and its code, featured products at campaign prices, exporters. */
export async function CampaignView({ campaign, locale, preview = false }: { campaign: Campaign; locale: string; preview?: boolean }) {
  const t = await getTranslations({ locale, namespace: "campaign" })
  const [products, exporters] = await Promise.all([getProductsByIds(locale, campaign.featuredProductIds), getExporters(locale)])
  const featured = campaign.featuredExporterIds.map((id) => exporters.find((e) => e.id === id)).filter((e) => !!e)
  const codes = campaign.promotions.filter((p) => !p.automatic && p.code)
  return (
    <article className="py-6" data-testid="campaign-page">
      {preview && (
        <p className="mb-4 rounded-xl bg-red-100 px-4 py-2 text-sm text-red-900" data-testid="campaign-preview-notice">
          {t("previewNotice")}
        </p>
      )}
      <header className="relative overflow-hidden rounded-3xl bg-lapis-800 text-white">
        {campaign.heroImageUrl && (
          <Img src={campaign.heroImageUrl} alt="" fill priority sizes="100vw" className="object-cover opacity-40" />
        )}
        <div className="relative px-6 py-12 sm:px-12">
          <h1 className="text-3xl font-bold sm:text-4xl" data-testid="campaign-title">
            {campaign.title}
          </h1>
          <p className="mt-2 opacity-90">
            {t("window", { from: formatDay(campaign.startsAt, locale), until: formatDay(campaign.endsAt, locale) })}
          </p>
          {codes.map((p) => (
            <p
              key={p.code}
              className="mt-3 inline-block rounded-full bg-white px-4 py-1 text-sm font-medium text-lapis-800"
              data-testid="campaign-code"
            >
              {t("withCode", { code: p.code! })}
            </p>
          ))}
        </div>
      </header>
      <p className="mt-6 max-w-3xl whitespace-pre-line leading-relaxed">{campaign.body}</p>
      {products.length > 0 && (
        <section className="mt-8" aria-labelledby="campaign-products">
          <h2 id="campaign-products" className="mb-4 text-2xl font-semibold">
            {t("products")}
          </h2>
          <CampaignProducts campaign={campaign} products={products} locale={locale} />
        </section>
      )}
      {featured.length > 0 && (
        <section className="mt-8" aria-labelledby="campaign-exporters">
          <h2 id="campaign-exporters" className="mb-4 text-2xl font-semibold">
            {t("exporters")}
          </h2>
          <ExporterList exporters={featured} locale={locale} />
        </section>
      )}
    </article>
  )
}
