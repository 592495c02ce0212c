import { MedusaService } from "@medusajs/framework/utils"
import WebhookReceipt from "./models/webhook-receipt"

class WebhookReceiptsModuleService extends MedusaService({ WebhookReceipt }) {
  /** Records the event; false when it was already recorded (a redelivery). Atomic through the primary key. */
  async recordFirst(receipt: { id: string; provider: string; event_type: string }): Promise<boolean> {
    try {
      await this.createWebhookReceipts(receipt)
      return true
    } catch (e) {
      if (/duplicate|already exists|unique/i.test((e as Error).message)) return false
      throw e
    }
  }
}

export default WebhookReceiptsModuleService
