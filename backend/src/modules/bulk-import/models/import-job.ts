import { model } from "@medusajs/framework/utils"

/**
 * One spreadsheet an exporter's person imported (or tried in a dry run): what
 * it is, how far it got, and every row's problems by row and column, in the
 * person's language. The portal polls it while the import runs.
 */
const ImportJob = model
  .define("import_job", {
    id: model.id({ prefix: "imp" }).primaryKey(),
    /** The exporter whose listings the file names (the only ones it may touch). */
    exporter_id: model.text(),
    person_id: model.text(),
    /** listings | stock */
    kind: model.text(),
    file_name: model.text(),
    dry_run: model.boolean().default(true),
    /** queued → checking → importing → done | failed */
    status: model.text().default("queued"),
    total_rows: model.number().default(0),
    processed_rows: model.number().default(0),
    created_count: model.number().default(0),
    updated_count: model.number().default(0),
    failed_count: model.number().default(0),
    /** [{ row, column, message }]; row is the spreadsheet's row number (the header is row 1). */
    problems: model.json().nullable(),
    finished_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["exporter_id"] }])

export default ImportJob
