import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { EXPORTER_MODULE } from "../../../../modules/exporter"
import type ExporterModuleService from "../../../../modules/exporter/service"
import { exporterOrders, monthlyStatement, statementCsv } from "../../../../utils/exporter-sales"
import type { PartnerRequest } from "../../../partner-actor"
import type { ExporterStatementQuery } from "../../validators"

/** A month's statement (`YYYY-MM`, UTC) as JSON for the printable page, or as CSV (`?format=csv`). */
export async function GET(req: PartnerRequest, res: MedusaResponse) {
  const month = String(req.params.month)
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month)
  if (!match || Number(match[1]) < 2020 || Number(match[1]) > 2100) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "month must be YYYY-MM between 2020-01 and 2100-12")
  }
  const from = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1))
  const to = new Date(Date.UTC(Number(match[1]), Number(match[2]), 1))
  const service: ExporterModuleService = req.scope.resolve(EXPORTER_MODULE)
  const [exporter] = await service.listExporters({ id: req.partner.organisation.id })
  const { orders } = await exporterOrders(req.scope, exporter.id, { from, to })
  const statement = monthlyStatement(orders, month, exporter.commission_bps)
  const { format } = req.validatedQuery as unknown as ExporterStatementQuery
  if (format === "csv") {
    res.setHeader("content-type", "text/csv; charset=utf-8")
    res.setHeader("content-disposition", `attachment; filename="bozor-statement-${exporter.handle}-${month}.csv"`)
    res.send(statementCsv(statement))
    return
  }
  res.json({ statement: { ...statement, exporter: { name: exporter.name, handle: exporter.handle } } })
}
