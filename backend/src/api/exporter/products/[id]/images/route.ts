import { randomBytes } from "node:crypto"
import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { assertOwnProduct } from "../../../../../utils/exporter-scope"
import { IMAGE_TYPES, imageTypeOf, MAX_LISTING_IMAGES } from "../../../../../utils/image-files"
import { effectiveListing, listingSnapshot } from "../../../../../utils/listings"
import { updateListingWorkflow } from "../../../../../workflows/listing/update-listing"
import { auditActorOf, listingResponse } from "../../../helpers"
import { exporterMessage } from "../../../messages"
import type { PartnerRequest } from "../../../../partner-actor"

type Upload = { originalname: string; buffer: Buffer }

/**
 * Adds images (multipart field `files`; JPEG, PNG or WebP by their bytes, at
 * most 5 MB each, 10 a listing) through the File Module. On a live listing
 * they join its change for review; otherwise they show at once.
 */
export async function POST(req: PartnerRequest & { files?: Upload[] }, res: MedusaResponse) {
  const id = await assertOwnProduct(req.scope, req.partner.organisation.id, req.params.id)
  const locale = req.partner.person.locale
  const files = req.files ?? []
  if (!files.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, exporterMessage(locale, "no_files"))
  const typed = files.map((f) => ({ file: f, type: imageTypeOf(f.buffer) }))
  const wrong = typed.find((t) => !t.type)
  if (wrong)
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      exporterMessage(locale, "image_type", { name: wrong.file.originalname.slice(0, 100) }),
    )
  const current = effectiveListing((await listingSnapshot(req.scope, id))!).images
  if (current.length + files.length > MAX_LISTING_IMAGES) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, exporterMessage(locale, "image_count", { max: MAX_LISTING_IMAGES }))
  }
  const { result: uploaded } = await uploadFilesWorkflow(req.scope).run({
    input: {
      files: typed.map(({ file, type }) => ({
        filename: `listings/${id}-${randomBytes(4).toString("hex")}.${IMAGE_TYPES[type!]}`,
        mimeType: type!,
        content: file.buffer.toString("base64"),
        access: "public" as const,
      })),
    },
  })
  await updateListingWorkflow(req.scope).run({
    input: {
      product_id: id,
      exporter_id: req.partner.organisation.id,
      actor: auditActorOf(req),
      change: { images: [...current, ...uploaded.map((f: { id: string; url: string }) => ({ id: f.id, url: f.url }))] },
    },
  })
  res.status(201).json(await listingResponse(req.scope, id))
}
