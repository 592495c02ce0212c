import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAVILION_MODULE } from "../../../modules/pavilion"
import { PAVILION_PAGE_ID } from "../../../modules/pavilion/constants"
import type { PavilionPageUpdate } from "../../../modules/pavilion/schema"
import type PavilionModuleService from "../../../modules/pavilion/service"

const EMPTY = { "zh-CN": "", en: "" }

/** Writes the one pavilion page (made on its first edit); undone by restoring or deleting it. */
export const updatePavilionPageStep = createStep(
  "update-pavilion-page",
  async (data: PavilionPageUpdate, { container }) => {
    const service: PavilionModuleService = container.resolve(PAVILION_MODULE)
    const [before] = await service.listPavilionPages({ id: PAVILION_PAGE_ID })
    const after = before
      ? await service.updatePavilionPages({ id: PAVILION_PAGE_ID, ...data })
      : await service.createPavilionPages({
          id: PAVILION_PAGE_ID,
          story: EMPTY,
          featured_exporter_ids: [],
          centre_address: EMPTY,
          centre_hours: EMPTY,
          centre_pickup: EMPTY,
          ...data,
        })
    return new StepResponse({ before: before ?? null, after }, before ?? null)
  },
  async (before, { container }) => {
    const service: PavilionModuleService = container.resolve(PAVILION_MODULE)
    if (!before) return void (await service.deletePavilionPages(PAVILION_PAGE_ID))
    const { created_at: _c, updated_at: _u, deleted_at: _d, ...page } = before as Record<string, any>
    await service.updatePavilionPages(page as any)
  },
)
