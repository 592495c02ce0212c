import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import type { MedusaContainer } from "@medusajs/framework/types"
import { AuthWorkflowEvents, Modules } from "@medusajs/framework/utils"
import { renderPartnerPasswordReset } from "../emails/partner-password-reset"
import { EXPORTER_MODULE } from "../modules/exporter"
import type ExporterModuleService from "../modules/exporter/service"
import type { PartnerLocale } from "../modules/partner-access/constants"
import { portalUrl } from "../utils/portal-links"

/** Medusa's reset tokens live 15 minutes (generateResetPasswordTokenWorkflow). */
const TOKEN_MINUTES = 15

/** Per partner actor: the person an e-mail address belongs to, and their language; null when it is nobody's. */
const PARTNER_PEOPLE: Record<string, (container: MedusaContainer, email: string) => Promise<{ locale: PartnerLocale } | null>> = {
  exporter: async (container, email) => {
    const exporters: ExporterModuleService = container.resolve(EXPORTER_MODULE)
    const [person] = await exporters.listExporterAdmins({ email }, { select: ["id", "locale"] })
    return person ? { locale: person.locale } : null
  },
}

/**
 * E-mails a partner person the link to choose a new password, after Medusa's
 * POST /auth/<actor>/emailpass/reset-password: to the portal's reset page, in
 * the person's language. An address that is no partner person's gets nothing
 * (and the request's answer does not tell).
 */
export default async function sendPartnerPasswordReset({
  event,
  container,
}: SubscriberArgs<{ entity_id: string; actor_type: string; token: string }>) {
  const { entity_id: email, actor_type: actorType, token } = event.data
  const find = PARTNER_PEOPLE[actorType]
  if (!find || !email || !token) return
  const person = await find(container, email)
  if (!person) return
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: email,
    channel: "email",
    template: "partner-password-reset",
    trigger_type: event.name,
    resource_type: `${actorType}_admin`,
    content: renderPartnerPasswordReset({
      locale: person.locale,
      url: portalUrl("reset-password", { token, email }),
      minutes: TOKEN_MINUTES,
    }),
  })
}

export const config: SubscriberConfig = { event: AuthWorkflowEvents.PASSWORD_RESET }
