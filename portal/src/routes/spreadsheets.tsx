import { Button, Container, Heading, Text } from "@medusajs/ui"
import { useEffect, useRef, useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import { NativeSelect } from "../components/form/field"
import { PageHeading } from "../components/layout/page-heading"
import { exportUrl, getImport, startImport } from "../lib/api"
import type { ApiError } from "../lib/errors"
import type { ImportJob } from "../lib/types"
import { ErrorAlert } from "../components/form/form-error"

const KINDS = ["listings", "stock"] as const
const POLL_MS = 700
const finished = (job?: ImportJob) => job?.status === "done" || job?.status === "failed"

/**
 * Listings and stock as spreadsheets: download them (CSV or XLSX), edit them
 * in any office program, check a file (dry run: nothing is written) and
 * import it, watching its progress and every row's problems.
 */
export default function Spreadsheets() {
  const { t } = useTranslation()
  const [kind, setKind] = useState<ImportJob["kind"]>("stock")
  const [file, setFile] = useState<File | null>(null)
  const [job, setJob] = useState<ImportJob>()
  const [error, setError] = useState<ApiError>()
  const [busy, setBusy] = useState(false)
  const timer = useRef<number>()

  useEffect(() => () => window.clearTimeout(timer.current), [])

  function poll(id: string) {
    timer.current = window.setTimeout(async () => {
      try {
        const { import: next } = await getImport(id)
        setJob(next)
        if (!finished(next)) poll(id)
      } catch (e) {
        setError(e as ApiError)
      }
    }, POLL_MS)
  }

  async function run(dryRun: boolean, event?: FormEvent) {
    event?.preventDefault()
    if (!file) return
    setError(undefined)
    setBusy(true)
    try {
      const { import: started } = await startImport(kind, file, dryRun)
      setJob(started)
      poll(started.id)
    } catch (e) {
      setError(e as ApiError)
    } finally {
      setBusy(false)
    }
  }

  const running = !!job && !finished(job)
  const percent = job && job.total_rows ? Math.round((job.processed_rows / job.total_rows) * 100) : 0

  return (
    <>
      <div className="flex flex-col gap-y-1">
        <PageHeading title={t("bulk.title")}>{t("bulk.title")}</PageHeading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("bulk.intro")}
        </Text>
      </div>

      <Container className="flex flex-col gap-y-3">
        <Heading level="h2">{t("bulk.download")}</Heading>
        <ul className="flex flex-col gap-y-2">
          {KINDS.map((k) => (
            <li key={k} className="flex flex-wrap items-center gap-2">
              <Text size="small" className="min-w-40">
                {t(`bulk.kind.${k}`)}
              </Text>
              {(["xlsx", "csv"] as const).map((format) => (
                <a
                  key={format}
                  href={exportUrl(k, format)}
                  download
                  className="txt-compact-small-plus text-ui-fg-base shadow-borders-base inline-flex min-h-10 items-center rounded-md px-3 underline"
                >
                  {t(`bulk.kind.${k}`)} · {format.toUpperCase()}
                </a>
              ))}
            </li>
          ))}
        </ul>
      </Container>

      <Container>
        <form className="flex flex-col gap-y-3" onSubmit={(e) => void run(true, e)}>
          <Heading level="h2">{t("bulk.upload")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("bulk.rules")}
          </Text>
          <label className="flex flex-col gap-y-1">
            <span className="txt-compact-small-plus">{t("bulk.kindLabel")}</span>
            <NativeSelect value={kind} onChange={(e) => setKind(e.target.value as ImportJob["kind"])}>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`bulk.kind.${k}`)}
                </option>
              ))}
            </NativeSelect>
          </label>
          <label className="flex flex-col gap-y-1">
            <span className="txt-compact-small-plus">{t("bulk.file")}</span>
            <input
              type="file"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              className="txt-compact-small max-w-full"
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
          </label>
          <div className="flex flex-wrap gap-2">
            <Button type="submit" variant="secondary" disabled={!file || busy || running}>
              {t("bulk.check")}
            </Button>
            <Button type="button" disabled={!file || busy || running} onClick={() => void run(false)}>
              {t("bulk.import")}
            </Button>
          </div>
        </form>
      </Container>

      <ErrorAlert error={error} />

      {job ? (
        <Container className="flex flex-col gap-y-3" data-testid="import-job" data-status={job.status}>
          <Heading level="h2">{job.dry_run ? t("bulk.checkResult") : t("bulk.importResult")}</Heading>
          <label className="flex flex-col gap-y-1">
            <span className="txt-compact-small">{t(`bulk.status.${job.status}`)}</span>
            <progress className="w-full" max={100} value={finished(job) ? 100 : percent} aria-valuetext={`${percent}%`} />
          </label>
          <Text size="small" role="status" data-testid="import-summary">
            {job.dry_run
              ? t("bulk.checkSummary", { rows: job.total_rows, bad: job.failed_count })
              : t("bulk.importSummary", { created: job.created_count, updated: job.updated_count, bad: job.failed_count })}
          </Text>
          {job.problems.length ? (
            <ol className="flex flex-col gap-y-2" aria-label={t("bulk.problems")}>
              {job.problems.map((p, i) => (
                <li key={i} className="border-ui-border-base rounded-md border p-2" data-testid="import-problem">
                  <Text size="small" weight="plus">
                    {t("bulk.where", { row: p.row, column: p.column || "—" })}
                  </Text>
                  <Text size="small">{p.message}</Text>
                </li>
              ))}
            </ol>
          ) : null}
        </Container>
      ) : null}
    </>
  )
}
