import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { zodValidator } from "@medusajs/framework"
import type { z } from "@medusajs/framework/zod"

/**
 * Validates a route's query string with zod (Medusa's validateAndTransformQuery
 * is bound to its own field and pagination conventions); a refusal is a 400
 * naming the field, as for bodies.
 */
export function validateQuery(schema: z.ZodType) {
  return async (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    try {
      req.validatedQuery = (await zodValidator(schema, req.query)) as Record<string, unknown>
      next()
    } catch (e) {
      next(e)
    }
  }
}
