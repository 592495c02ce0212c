import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import multer from "multer"
import { MAX_IMAGE_BYTES, MAX_LISTING_IMAGES } from "../../utils/image-files"
import type { PartnerRequest } from "../partner-actor"
import { exporterMessage } from "./messages"

const upload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: MAX_IMAGE_BYTES, files: MAX_LISTING_IMAGES, fields: 5 },
}).array("files", MAX_LISTING_IMAGES)

/**
 * Reads a listing's image upload (multipart, field `files`) into memory within
 * its limits, and turns multer's refusals into 4xx answers in the person's
 * language: a file over 5 MB is a 413, too many files or another field a 400.
 */
export function listingImageUpload(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  upload(
    req as never,
    res as never,
    ((err?: { code?: string; message?: string }) => {
      if (!err) return next()
      const locale = (req as PartnerRequest).partner?.person.locale ?? "en"
      if (err.code === "LIMIT_FILE_SIZE") {
        res
          .status(413)
          .json({ type: "invalid_data", message: exporterMessage(locale, "image_size", { mb: MAX_IMAGE_BYTES / 1024 / 1024 }) })
        return
      }
      const message =
        err.code === "LIMIT_FILE_COUNT"
          ? exporterMessage(locale, "image_count", { max: MAX_LISTING_IMAGES })
          : exporterMessage(locale, "no_files")
      res.status(400).json({ type: "invalid_data", message })
    }) as never,
  )
}
