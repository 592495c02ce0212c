import type { MedusaContainer } from "@medusajs/framework/types"
import { EXPORTER_MODULE } from "../../modules/exporter"
import type ExporterModuleService from "../../modules/exporter/service"
import { partnerActor, type PartnerContext } from "../partner-actor"
import { exporterMessage } from "./messages"

/** The signed-in exporter person (ExporterAdmin) and their exporter; null once the person was removed. */
async function loadExporterPerson(scope: MedusaContainer, actorId: string): Promise<Omit<PartnerContext, "actor_type"> | null> {
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

/** An exporter as an API key acts for it: its id and whether it is suspended. */
async function loadExporterOrganisation(scope: MedusaContainer, id: string) {
  const service: ExporterModuleService = scope.resolve(EXPORTER_MODULE)
  const [exporter] = await service.listExporters({ id })
  return exporter ? { id: exporter.id, suspended: !!exporter.suspended } : null
}

/** What an ERP key may call: reading and writing stock, writing prices. Nothing else (listings, sales, people, keys). */
export const EXPORTER_API_KEY_ROUTES = [
  { method: "GET", path: /^\/exporter\/stock\/?$/ },
  { method: "POST", path: /^\/exporter\/stock\/?$/ },
  { method: "POST", path: /^\/exporter\/prices\/?$/ },
]

/** `/exporter/*`: the exporter actor on every route but an invitation's own two; API keys on the stock and price routes only. */
export const exporterActor = partnerActor({
  actorType: "exporter",
  load: loadExporterPerson,
  suspended: { type: "exporter_suspended", message: (locale) => exporterMessage(locale, "suspended") },
  publicPaths: [/^\/exporter\/invitations\/accept\/?$/, /^\/exporter\/invitations\/[^/]+\/?$/],
  apiKeys: {
    loadOrganisation: loadExporterOrganisation,
    routes: EXPORTER_API_KEY_ROUTES,
    notAllowed: (locale) => exporterMessage(locale, "api_key_not_allowed"),
  },
})
