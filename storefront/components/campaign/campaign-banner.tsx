import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { formatMoney } from "@/lib/format"
import type { Campaign, Money } from "@/lib/medusa/types"

/** On a product page a running campaign features: its name, the campaign price (or the code to use), and a link to it. */
export async function CampaignBanner({
  campaign,
  price,
  code,
  locale,
}: {
  campaign: Campaign
  price: Money | null
  code: string | null
  locale: string
}) {
  const t = await getTranslations({ locale, namespace: "campaign" })
  return (
    <aside
      className="mb-6 flex flex-wrap items-center justify-between gap-3 rounded-2xl bg-lapis-800 px-4 py-3 text-white"
      data-testid="campaign-banner"
      data-slug={campaign.slug}
    >
      <p>
        <span className="font-semibold">{campaign.title}</span>
        {price && (
          <span className="ml-2" data-testid="campaign-banner-price">
            {t("campaignPrice", { price: formatMoney(price, locale) })}
          </span>
        )}
        {code && <span className="ml-2">{t("withCode", { code })}</span>}
      </p>
      <Link href={`/campaigns/${campaign.slug}`} className="rounded-full bg-white px-3 py-1 text-sm font-medium text-lapis-800">
        {t("see")}
      </Link>
    </aside>
  )
}
