import { Button, Heading, Table, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, useParams } from "react-router-dom"
import { PageHeading } from "../components/layout/page-heading"
import { currentLocale } from "../i18n"
import { titleFor } from "../lib/listing-title"
import { formatCny } from "../i18n/format"
import { getStatement, statementCsvUrl } from "../lib/api"
import type { ApiError } from "../lib/errors"
import type { Statement as StatementData } from "../lib/types"
import { ErrorAlert } from "../components/form/form-error"

/** A month's statement, laid out to print (the portal's frame is hidden on paper), with its CSV beside it. */
export default function Statement() {
  const { t } = useTranslation()
  const locale = currentLocale()
  const { month = "" } = useParams()
  const [statement, setStatement] = useState<StatementData>()
  const [error, setError] = useState<ApiError>()
  useEffect(() => {
    getStatement(month).then(setStatement, setError)
  }, [month])

  const rows: [string, number, string?][] = statement
    ? [
        [t("statement.gross"), statement.gross],
        [t("statement.discounts"), -statement.discounts],
        [t("statement.refunds"), -statement.refunds],
        [t("statement.commission", { rate: statement.commission_rate }), -statement.commission],
        [t("statement.netPayable"), statement.net_payable, "net"],
      ]
    : []
  return (
    <article className="flex flex-col gap-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2 print:hidden">
        <Link to="/sales" className="txt-compact-small underline">
          {t("statement.back")}
        </Link>
        <div className="flex gap-2">
          <Button variant="secondary" size="small" asChild>
            <a href={statementCsvUrl(month)} download>
              {t("statement.csv")}
            </a>
          </Button>
          <Button size="small" onClick={() => window.print()}>
            {t("statement.print")}
          </Button>
        </div>
      </div>
      <PageHeading title={t("statement.title", { month })}>{t("statement.title", { month })}</PageHeading>
      <ErrorAlert error={error} />
      {!statement ? (
        error ? null : (
          <Text role="status">{t("common.loading")}</Text>
        )
      ) : (
        <>
          <Text size="small" className="text-ui-fg-subtle">
            {statement.exporter.name} · {t("statement.orders", { count: statement.orders })}
          </Text>
          <dl
            className="bg-ui-bg-base shadow-elevation-card-rest grid grid-cols-[1fr_auto] gap-x-4 gap-y-2 rounded-lg p-4 print:shadow-none"
            data-testid="statement-summary"
          >
            {rows.map(([label, amount, kind]) => (
              <div key={label} className="contents">
                <dt className={kind ? "txt-compact-small-plus border-t pt-2" : "txt-compact-small"}>{label}</dt>
                <dd
                  className={`${kind ? "txt-compact-small-plus border-t pt-2" : "txt-compact-small"} text-right tabular-nums`}
                  data-testid={kind ? "statement-net" : undefined}
                >
                  {formatCny(amount, locale)}
                </dd>
              </div>
            ))}
          </dl>
          <Heading level="h2">{t("statement.lines")}</Heading>
          {statement.lines.length ? (
            <div className="bg-ui-bg-base overflow-x-auto rounded-lg">
              <Table>
                <Table.Header>
                  <Table.Row>
                    <Table.HeaderCell>{t("statement.date")}</Table.HeaderCell>
                    <Table.HeaderCell>{t("statement.product")}</Table.HeaderCell>
                    <Table.HeaderCell className="text-right">{t("statement.quantity")}</Table.HeaderCell>
                    <Table.HeaderCell className="text-right">{t("statement.amount")}</Table.HeaderCell>
                  </Table.Row>
                </Table.Header>
                <Table.Body>
                  {statement.lines.map((line, i) => (
                    <Table.Row key={`${line.order}-${line.sku}-${i}`}>
                      <Table.Cell className="whitespace-nowrap">
                        {line.date} · #{line.order}
                      </Table.Cell>
                      <Table.Cell className="whitespace-normal">
                        {titleFor(line.titles, locale) ?? line.title}
                        {line.variant_title ? ` · ${line.variant_title}` : ""}
                        {line.sku ? <span className="text-ui-fg-subtle"> ({line.sku})</span> : null}
                      </Table.Cell>
                      <Table.Cell className="text-right">{line.quantity}</Table.Cell>
                      <Table.Cell className="text-right tabular-nums">
                        {formatCny(line.gross - line.discount - line.refunded, locale)}
                      </Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </div>
          ) : (
            <Text className="text-ui-fg-subtle">{t("sales.noOrders")}</Text>
          )}
        </>
      )}
    </article>
  )
}
