import type { MedusaContainer } from "@medusajs/framework/types"
import { EXPORTER_MODULE } from "../../modules/exporter"
import type ExporterModuleService from "../../modules/exporter/service"
import { partnerActor, type PartnerContext } from "../partner-actor"
import { exporterMessage } from "./messages"

/** The signed-in exporter person (ExporterAdmin) and their exporter; null once the person was removed. */
export async function loadExporterPerson(scope: MedusaContainer, actorId: string): Promise<Omit<PartnerContext, "actor_type"> | null> {
  if (!actorId) return null
  const service: ExporterModuleService = scope.resolve(EXPORTER_MODULE)
  const [admin] = await service.listExporterAdmins({ id: actorId }, { relations: ["exporter"] })
  if (!admin?.exporter) return null
  return {
    person: {
      id: admin.id,
      email: admin.email,
      first_name: admin.first_name ?? null,
      last_name: admin.last_name ?? null,
      role: admin.role,
      locale: admin.locale,
    },
    organisation: { id: admin.exporter.id, suspended: !!admin.exporter.suspended },
  }
}

/** `/exporter/*`: the exporter actor on every route but an invitation's own two. */
export const exporterActor = partnerActor({
  actorType: "exporter",
  load: loadExporterPerson,
  suspended: { type: "exporter_suspended", message: (locale) => exporterMessage(locale, "suspended") },
  publicPaths: [/^\/exporter\/invitations\/accept\/?$/, /^\/exporter\/invitations\/[^/]+\/?$/],
})
