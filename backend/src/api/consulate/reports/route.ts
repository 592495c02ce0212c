import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { consulateMessage } from "../../../modules/consulate/messages"
import { campaignJson, consulateCampaign } from "../../../utils/consulate-campaigns"
import { reportCsv, salesReport } from "../../../utils/consulate-report"
import type { PartnerRequest } from "../../partner-actor"
import type { ConsulateReportQuery } from "../validators"

const DAY = 24 * 3600 * 1000
const MAX_DAYS = 400

/**
 * Sales figures for a campaign (its window by default) or for any period (the
 * last 30 days by default): totals, by day, by exporter, by origin region and
 * by category, as JSON or as CSV for the ministry. Aggregates only.
 */
export async function GET(req: PartnerRequest, res: MedusaResponse) {
  const q = req.validatedQuery as ConsulateReportQuery
  const locale = req.partner.person.locale
  const campaign = q.campaign_id ? campaignJson(await consulateCampaign(req.scope, q.campaign_id, locale)) : null
  const now = new Date()
  const to = q.to ?? (campaign?.ends_at && new Date(campaign.ends_at) < now ? new Date(campaign.ends_at) : now)
  const from = q.from ?? (campaign?.starts_at ? new Date(campaign.starts_at) : new Date(to.getTime() - 30 * DAY))
  if (to <= from || (!campaign && to.getTime() - from.getTime() > MAX_DAYS * DAY)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, consulateMessage(locale, "report_period"))
  }
  const report = await salesReport(req.scope, { from, to, promotion_ids: campaign ? campaign.promotions.map((p) => p.id) : null })
  const scope = { campaign: campaign ? { id: campaign.id, name: campaign.name } : null, from: from.toISOString(), to: to.toISOString() }
  const budget = campaign?.budget ?? null
  if (q.format === "csv") {
    const name = `bozor-report-${campaign?.identifier ?? "period"}-${scope.from.slice(0, 10)}-${scope.to.slice(0, 10)}.csv`
    res.setHeader("Content-Type", "text/csv; charset=utf-8")
    res.setHeader("Content-Disposition", `attachment; filename="${name}"`)
    res.send(
      "\uFEFF" +
        reportCsv(report, {
          campaign: campaign?.name ?? "",
          from: scope.from,
          to: scope.to,
          ...(budget
            ? { budget_type: budget.type, budget_limit: budget.limit, budget_used: budget.used, budget_remaining: budget.remaining }
            : {}),
        }),
    )
    return
  }
  res.json({ scope, budget, ...report })
}
