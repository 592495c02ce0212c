import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAVILION_MODULE } from "../../../modules/pavilion"
import type { CampaignPageInput, CampaignPageUpdate } from "../../../modules/pavilion/schema"
import type PavilionModuleService from "../../../modules/pavilion/service"

type Page = Awaited<ReturnType<PavilionModuleService["retrieveCampaignPage"]>>
type Undo = { created?: string; restore?: Record<string, any> }

export type UpsertCampaignPageInput = { id?: string; data: CampaignPageInput | CampaignPageUpdate }

const strip = ({ created_at: _c, updated_at: _u, deleted_at: _d, ...page }: Record<string, any>) => page

/** Creates a campaign page, or changes one; a taken slug is a 400 naming it. Undone by deleting or restoring it. */
export const upsertCampaignPageStep = createStep(
  "upsert-campaign-page",
  async ({ id, data }: UpsertCampaignPageInput, { container }): Promise<StepResponse<{ before: Page | null; after: Page }, Undo>> => {
    const service: PavilionModuleService = container.resolve(PAVILION_MODULE)
    if (data.slug) {
      const [taken] = await service.listCampaignPages({ slug: data.slug }, { select: ["id"] })
      if (taken && taken.id !== id)
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `slug "${data.slug}" is already used by another campaign page`)
    }
    if (!id) {
      const created = await service.createCampaignPages(data as CampaignPageInput)
      return new StepResponse({ before: null, after: created }, { created: created.id })
    }
    const before = await service.retrieveCampaignPage(id).catch(() => null)
    if (!before) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Campaign page ${id} was not found`)
    // A moved window is a new boundary for the scheduler to revalidate at.
    const moved = data.starts_at !== undefined || data.ends_at !== undefined || data.status !== undefined
    const after = await service.updateCampaignPages({ id, ...data, ...(moved ? { boundary_checked_at: null } : {}) })
    return new StepResponse({ before, after }, { restore: strip(before) })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service: PavilionModuleService = container.resolve(PAVILION_MODULE)
    if (undo.created) await service.deleteCampaignPages(undo.created)
    if (undo.restore) await service.updateCampaignPages(undo.restore as any)
  },
)
