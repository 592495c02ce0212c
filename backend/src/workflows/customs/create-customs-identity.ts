import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import CustomsModuleService from "../../modules/customs/service"
import { createCustomsIdentityStep, type CreateCustomsIdentityInput } from "./steps/create-customs-identity"

export const createCustomsIdentityWorkflowId = "create-customs-identity"

/** A customer's saved real-name identity (account) or a guest's identity for one cart (checkout). */
export const createCustomsIdentityWorkflow = createWorkflow(createCustomsIdentityWorkflowId, (input: CreateCustomsIdentityInput) => {
  const identity = createCustomsIdentityStep(input)
  return new WorkflowResponse(transform({ identity }, ({ identity }) => CustomsModuleService.present(identity)))
})
