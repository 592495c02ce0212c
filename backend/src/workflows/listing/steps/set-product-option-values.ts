import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const setProductOptionValuesStepId = "set-product-option-values"

/** Sets the values of a listing's own options (e.g. a new size); undone by putting the old values back. */
export const setProductOptionValuesStep = createStep(
  setProductOptionValuesStepId,
  async (options: { id: string; values: string[] }[], { container }) => {
    const product = container.resolve(Modules.PRODUCT)
    const before = await product.listProductOptions({ id: options.map((o) => o.id) }, { relations: ["values"] })
    for (const option of options) await product.updateProductOptions(option.id, { values: option.values })
    return new StepResponse(
      options,
      before.map((o) => ({ id: o.id, values: (o.values ?? []).map((v) => v.value) })),
    )
  },
  async (before, { container }) => {
    if (!before?.length) return
    const product = container.resolve(Modules.PRODUCT)
    for (const option of before) await product.updateProductOptions(option.id, { values: option.values })
  },
)
