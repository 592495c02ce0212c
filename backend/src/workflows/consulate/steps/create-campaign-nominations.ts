import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CONSULATE_MODULE } from "../../../modules/consulate"
import { consulateMessage } from "../../../modules/consulate/messages"
import type ConsulateModuleService from "../../../modules/consulate/service"

export interface CreateCampaignNominationsInput {
  campaign_id: string
  products: { product_id: string; exporter_id: string }[]
  message?: string | null
  invited_by: string
  locale: string
}

export const createCampaignNominationsStepId = "create-campaign-nominations"

/** Invites products into a campaign; a product already invited (and not declined or withdrawn) or featured is refused. */
export const createCampaignNominationsStep = createStep(
  createCampaignNominationsStepId,
  async (input: CreateCampaignNominationsInput, { container }) => {
    const service: ConsulateModuleService = container.resolve(CONSULATE_MODULE)
    const productIds = input.products.map((p) => p.product_id)
    const [open, featured] = await Promise.all([
      service.listCampaignNominations(
        { campaign_id: input.campaign_id, product_id: productIds, status: ["invited", "accepted"] },
        { select: ["product_id"] },
      ),
      service.listCampaignFeaturedProducts({ campaign_id: input.campaign_id, product_id: productIds }, { select: ["product_id"] }),
    ])
    const busy = [...open, ...featured].map((r) => r.product_id)
    if (busy.length)
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `${consulateMessage(input.locale, "already_nominated")} (${busy.join(", ")})`,
      )
    const created = await service.createCampaignNominations(
      input.products.map((p) => ({
        ...p,
        campaign_id: input.campaign_id,
        message: input.message ?? null,
        invited_by: input.invited_by,
        status: "invited" as const,
      })),
    )
    return new StepResponse(
      created,
      created.map((c) => c.id),
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const service: ConsulateModuleService = container.resolve(CONSULATE_MODULE)
    await service.deleteCampaignNominations(ids)
  },
)
