import type { MedusaContainer } from "@medusajs/framework/types"
import { CONSULATE_MODULE } from "../../modules/consulate"
import { CONSULATE_SCOPE } from "../../modules/consulate/constants"
import type ConsulateModuleService from "../../modules/consulate/service"
import { partnerActor, type PartnerContext } from "../partner-actor"
import { consulateMessage } from "../../modules/consulate/messages"

/**
 * The signed-in staff member; null once they were removed. The consulate is
 * one organisation, so a member's own suspension is what refuses them.
 */
async function loadConsulateStaff(scope: MedusaContainer, actorId: string): Promise<Omit<PartnerContext, "actor_type"> | null> {
  if (!actorId) return null
  const service: ConsulateModuleService = scope.resolve(CONSULATE_MODULE)
  const [staff] = await service.listConsulateStaffs({ id: actorId })
  if (!staff) return null
  return {
    person: {
      id: staff.id,
      email: staff.email,
      first_name: staff.first_name ?? null,
      last_name: staff.last_name ?? null,
      role: staff.role,
      locale: staff.locale,
    },
    organisation: { id: CONSULATE_SCOPE, suspended: !!staff.suspended },
  }
}

/** `/consulate/*`: the consulate actor on every route but an invitation's own two. */
export const consulateActor = partnerActor({
  actorType: "consulate",
  load: loadConsulateStaff,
  suspended: { type: "consulate_suspended", message: (locale) => consulateMessage(locale, "suspended") },
  publicPaths: [/^\/consulate\/invitations\/accept\/?$/, /^\/consulate\/invitations\/[^/]+\/?$/],
})
