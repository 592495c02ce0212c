import { randomBytes } from "node:crypto"
import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { campaignPagesJson } from "../../../../../utils/campaign-pages"
import { IMAGE_TYPES, imageTypeOf } from "../../../../../utils/image-files"
import { upsertCampaignPageWorkflow } from "../../../../../workflows/pavilion/upsert-campaign-page"
import { exporterMessage } from "../../../../exporter/messages"
import type { PartnerRequest } from "../../../../partner-actor"
import { consulateAuditActor } from "../../../helpers"

type Upload = { originalname: string; buffer: Buffer }

/**
 * A campaign page's hero image (multipart field `files`, one JPEG, PNG or WebP by its bytes, at most 5 MB) through
 * the File Module; the page's `hero_image_url` becomes its public URL (audited like any edit).
 */
export async function POST(req: PartnerRequest & { files?: Upload[] }, res: MedusaResponse) {
  const locale = req.partner.person.locale
  const [file, ...more] = req.files ?? []
  if (!file || more.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, exporterMessage(locale, "no_files"))
  const type = imageTypeOf(file.buffer)
  if (!type)
    throw new MedusaError(MedusaError.Types.INVALID_DATA, exporterMessage(locale, "image_type", { name: file.originalname.slice(0, 100) }))
  const { result: uploaded } = await uploadFilesWorkflow(req.scope).run({
    input: {
      files: [
        {
          filename: `campaigns/${req.params.id}-${randomBytes(4).toString("hex")}.${IMAGE_TYPES[type]}`,
          mimeType: type,
          content: file.buffer.toString("base64"),
          access: "public" as const,
        },
      ],
    },
  })
  const { result } = await upsertCampaignPageWorkflow(req.scope).run({
    input: { id: req.params.id, data: { hero_image_url: uploaded[0].url }, actor: consulateAuditActor(req) },
  })
  const [campaign_page] = await campaignPagesJson(req.scope, [result])
  res.status(201).json({ campaign_page })
}
