import { mkdir, writeFile } from "node:fs/promises"
import path from "node:path"
import type { Logger, NotificationTypes } from "@medusajs/framework/types"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import nodemailer, { type Transporter } from "nodemailer"

export interface MailOptions {
  /** Sender, e.g. "Bozor 丝路巴扎 <orders@bozor.example>". */
  from: string
  /** smtp(s)://user:pass@host:port — when set, mail goes out through it. */
  smtpUrl?: string
  /** Without SMTP, each message is written here as an .eml file (the embedded default: <data>/outbox). */
  outboxDir?: string
}

/**
 * E-mail for Medusa's Notification Module, through nodemailer: SMTP when
 * configured, otherwise an outbox folder of .eml files a mail client opens
 * (the embedded default, and what the tests read). The message is rendered
 * by whoever sends it (`content`: subject, text, html); this provider only
 * delivers it.
 */
export default class MailNotificationProvider extends AbstractNotificationProviderService {
  static identifier = "mail"
  private readonly transport: Transporter
  private readonly logger: Logger

  constructor(
    { logger }: { logger: Logger },
    private readonly options: MailOptions,
  ) {
    super()
    this.logger = logger
    this.transport = options.smtpUrl
      ? nodemailer.createTransport(options.smtpUrl)
      : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" })
  }

  static validateOptions(options: Record<string, unknown>) {
    if (!options.from) throw new MedusaError(MedusaError.Types.INVALID_DATA, "The mail provider needs a `from` address.")
    if (!options.smtpUrl && !options.outboxDir) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The mail provider needs either `smtpUrl` or `outboxDir`.")
    }
  }

  async send(notification: NotificationTypes.ProviderSendNotificationDTO): Promise<NotificationTypes.ProviderSendNotificationResultsDTO> {
    const content = notification.content
    if (!content?.subject || !(content.text || content.html)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Notification "${notification.template}" has no rendered subject and body.`)
    }
    const info = await this.transport.sendMail({
      from: notification.from?.trim() || this.options.from,
      to: notification.to,
      subject: content.subject,
      text: content.text,
      html: content.html,
      // Attachments arrive base64-encoded; one with an id is an inline image the HTML shows as cid:<id>.
      attachments: (notification.attachments ?? []).map((a) => ({
        filename: a.filename,
        content: a.content,
        encoding: "base64",
        contentType: a.content_type,
        contentDisposition: a.disposition === "inline" ? ("inline" as const) : ("attachment" as const),
        ...(a.id ? { cid: a.id } : {}),
      })),
    })
    if (!this.options.smtpUrl) {
      const dir = this.options.outboxDir!
      await mkdir(dir, { recursive: true })
      const file = path.join(dir, `${Date.now()}-${notification.template}-${info.messageId.replace(/[^\w.-]/g, "")}.eml`)
      await writeFile(file, info.message as Buffer)
      this.logger.info(`Mail "${notification.template}" written to ${file}`)
    }
    return { id: info.messageId }
  }
}
