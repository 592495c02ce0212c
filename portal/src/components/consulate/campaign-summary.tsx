import { StatusBadge, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { currentLocale } from "../../i18n"
import { formatCny, formatDateTime, formatNumber } from "../../i18n/format"
import type { Campaign } from "../../lib/types"

const STATE_COLORS = { scheduled: "blue", active: "green", ended: "grey" } as const

/** A campaign's state, window and budget (with what remains), as the list and the campaign page show it. */
export function CampaignSummary({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation()
  const locale = currentLocale()
  const amount = (v: number | null) =>
    v == null ? "—" : campaign.budget?.type === "spend" ? formatCny(v, locale) : formatNumber(v, locale)
  return (
    <div className="flex flex-col gap-y-1">
      <div className="flex flex-wrap items-center gap-2">
        <StatusBadge color={STATE_COLORS[campaign.state]}>{t(`campaigns.state.${campaign.state}`)}</StatusBadge>
        <Text size="small" className="text-ui-fg-subtle">
          {campaign.starts_at ? formatDateTime(campaign.starts_at, locale) : "—"} →{" "}
          {campaign.ends_at ? formatDateTime(campaign.ends_at, locale) : "—"}
        </Text>
      </div>
      {campaign.budget ? (
        <Text size="small">
          {t(campaign.budget.type === "spend" ? "campaigns.budgetSpend" : "campaigns.budgetUsage", {
            used: amount(campaign.budget.used),
            limit: amount(campaign.budget.limit),
            remaining: amount(campaign.budget.remaining),
          })}
        </Text>
      ) : (
        <Text size="small" className="text-ui-fg-subtle">
          {t("campaigns.noBudget")}
        </Text>
      )}
    </div>
  )
}
