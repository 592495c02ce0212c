import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import multer from "multer"
import { bulkMessage } from "../../bulk/messages"
import type { PartnerRequest } from "../partner-actor"

/** Most bytes one spreadsheet may have: 5,000 listings in three languages fit in well under this. */
const MAX_SPREADSHEET_BYTES = 20 * 1024 * 1024

const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: MAX_SPREADSHEET_BYTES, files: 1, fields: 5 } }).single("file")

/** Reads an import's spreadsheet (multipart, field `file`) into memory; refusals as 4xx in the person's language. */
export function spreadsheetUpload(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  upload(
    req as never,
    res as never,
    ((err?: { code?: string }) => {
      if (!err) return next()
      const locale = (req as PartnerRequest).partner?.person.locale ?? "en"
      if (err.code === "LIMIT_FILE_SIZE") {
        res
          .status(413)
          .json({ type: "invalid_data", message: `file: ${bulkMessage(locale, "too_large", { mb: MAX_SPREADSHEET_BYTES / 1024 / 1024 })}` })
        return
      }
      res.status(400).json({ type: "invalid_data", message: `file: ${bulkMessage(locale, "unreadable")}` })
    }) as never,
  )
}
