import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { RenderedEmail } from "../emails/order-placed"
import { EXPORTER_MODULE } from "../modules/exporter"
import type ExporterModuleService from "../modules/exporter/service"
import type { PartnerLocale } from "../modules/partner-access/constants"

/** The people of an exporter who get its e-mails (everyone who can sign in for it), with their languages. */
async function exporterPeople(scope: MedusaContainer, exporterId: string): Promise<{ id: string; email: string; locale: PartnerLocale }[]> {
  const exporters: ExporterModuleService = scope.resolve(EXPORTER_MODULE)
  const people = await exporters.listExporterAdmins({ exporter_id: exporterId }, { select: ["id", "email", "locale"], take: null })
  return people.map((p) => ({ id: p.id, email: p.email, locale: p.locale as PartnerLocale }))
}

/**
 * E-mails every person of an exporter, each in their own language, through
 * Medusa's Notification Module (the mail provider). The idempotency key keeps
 * a redelivered event from mailing twice.
 */
export async function mailExporterPeople(
  scope: MedusaContainer,
  exporterId: string,
  notice: {
    template: string
    trigger: string
    resource_type: string
    resource_id: string
    key: string
    render: (locale: PartnerLocale) => RenderedEmail
  },
) {
  const people = await exporterPeople(scope, exporterId)
  if (!people.length) return
  await scope.resolve(Modules.NOTIFICATION).createNotifications(
    people.map((person) => ({
      to: person.email,
      channel: "email",
      template: notice.template,
      trigger_type: notice.trigger,
      resource_type: notice.resource_type,
      resource_id: notice.resource_id,
      receiver_id: person.id,
      content: notice.render(person.locale),
      idempotency_key: `${notice.key}-${person.id}`,
    })),
  )
}
