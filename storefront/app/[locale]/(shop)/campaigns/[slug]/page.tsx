import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { CampaignView } from "@/components/campaign/campaign-view"
import { routeLocale } from "@/i18n/locale"
import { localeAlternates } from "@/i18n/routing"
import { getCampaign, getCampaignPreview } from "@/lib/medusa/content"

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<{ preview?: string }> }

/** A running campaign, or (with a signed preview token from the consulate's console) the draft as it will look. */
async function campaignFor({ params, searchParams }: Props) {
  const { locale, slug } = await params
  const token = (await searchParams).preview
  if (typeof token === "string" && token) {
    const draft = await getCampaignPreview(locale, token)
    return draft && draft.slug === slug ? { campaign: draft, preview: true } : null
  }
  const campaign = await getCampaign(locale, slug)
  return campaign ? { campaign, preview: false } : null
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, slug } = await props.params
  const found = await campaignFor(props)
  if (!found) return {}
  return {
    title: found.campaign.title,
    description: found.campaign.body.slice(0, 160),
    robots: found.preview ? { index: false } : undefined,
    alternates: localeAlternates(locale, `/campaigns/${slug}`),
  }
}

export default async function CampaignPage(props: Props) {
  const locale = await routeLocale(props.params)
  const found = await campaignFor(props)
  if (!found) notFound()
  return <CampaignView campaign={found.campaign} locale={locale} preview={found.preview} />
}
