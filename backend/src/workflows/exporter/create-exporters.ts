import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { PartnerLocale, PartnerRole } from "../../modules/partner-access/constants"
import type { OriginRegion } from "../../modules/trade/constants"
import { createExportersStep } from "./steps/create-exporters"

export interface CreateExporterInput {
  handle: string
  name: string
  region: OriginRegion
  city: string
  founded_year?: number | null
  story?: string | null
  contact_email: string
  contact_phone: string
  website?: string | null
  gacc_registration_number?: string | null
  verified?: boolean
  logo_url?: string | null
  brand_color?: string | null
  /** Records only: a person signs in once invited (or, on the demo seed, given the demo password). */
  admins?: { email: string; first_name?: string | null; last_name?: string | null; role?: PartnerRole; locale?: PartnerLocale }[]
}

export const createExportersWorkflowId = "create-exporters"

/** Creates exporters with the people who sign in for them (consulate admin, seed). */
export const createExportersWorkflow = createWorkflow(createExportersWorkflowId, (input: { exporters: CreateExporterInput[] }) => {
  const exporters = createExportersStep(input.exporters)
  const eventData = transform({ exporters }, ({ exporters }) => exporters.map((e) => ({ id: e.id })))
  emitEventStep({ eventName: "exporter.created", data: eventData })
  return new WorkflowResponse(exporters)
})
