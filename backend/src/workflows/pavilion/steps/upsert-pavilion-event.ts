import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAVILION_MODULE } from "../../../modules/pavilion"
import type { PavilionEventInput, PavilionEventUpdate } from "../../../modules/pavilion/schema"
import type PavilionModuleService from "../../../modules/pavilion/service"

type Event = Awaited<ReturnType<PavilionModuleService["retrievePavilionEvent"]>>
type Undo = { created?: string; restored?: string; restore?: Record<string, any> }

export type UpsertPavilionEventInput = { id?: string; data: PavilionEventInput | PavilionEventUpdate; remove?: boolean }

const strip = ({ created_at: _c, updated_at: _u, deleted_at: _d, ...event }: Record<string, any>) => event

/** Creates, changes or deletes (soft) an event; undone by the opposite. */
export const upsertPavilionEventStep = createStep(
  "upsert-pavilion-event",
  async (
    { id, data, remove }: UpsertPavilionEventInput,
    { container },
  ): Promise<StepResponse<{ before: Event | null; after: Event }, Undo>> => {
    const service: PavilionModuleService = container.resolve(PAVILION_MODULE)
    if (!id) {
      const created = await service.createPavilionEvents(data as PavilionEventInput)
      return new StepResponse({ before: null, after: created }, { created: created.id })
    }
    const before = await service.retrievePavilionEvent(id).catch(() => null)
    if (!before) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Event ${id} was not found`)
    if (remove) {
      await service.softDeletePavilionEvents(id)
      return new StepResponse({ before, after: before }, { restored: id })
    }
    const moved = data.starts_at !== undefined || data.ends_at !== undefined || data.status !== undefined
    const after = await service.updatePavilionEvents({ id, ...data, ...(moved ? { boundary_checked_at: null } : {}) })
    return new StepResponse({ before, after }, { restore: strip(before) })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service: PavilionModuleService = container.resolve(PAVILION_MODULE)
    if (undo.created) await service.deletePavilionEvents(undo.created)
    if (undo.restored) await service.restorePavilionEvents(undo.restored)
    if (undo.restore) await service.updatePavilionEvents(undo.restore as any)
  },
)
