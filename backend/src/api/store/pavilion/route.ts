import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { pavilionPage } from "../../../utils/pavilion"

/** Uzbekistan's pavilion: the story, the featured exporters and the Guangzhou centre (404 until the consulate writes it). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const pavilion = await pavilionPage(req.scope)
  if (!pavilion) throw new MedusaError(MedusaError.Types.NOT_FOUND, "The pavilion page has not been written yet.")
  res.json({ pavilion })
}
