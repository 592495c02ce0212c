import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import WebhookReceipt from "./models/webhook-receipt"

type WebhookReceiptState = "received" | "processing" | "processed"

/**
 * How long a claim holds: Medusa's processPaymentWorkflow holds the cart's
 * lock for at most two minutes, so a claim older than that belongs to a
 * process that died while processing, and the event may be processed again.
 */
const CLAIM_TTL_SECONDS = 120

/**
 * Receipts are written with single statements (insert … on conflict, update …
 * where state …), so concurrent deliveries of one event, in one process or
 * several, agree on its state without relying on error messages.
 */
class WebhookReceiptsModuleService extends MedusaService({ WebhookReceipt }) {
  /** Records a delivery (the first one creates the receipt) and returns the event's state. */
  @InjectManager()
  async receive(
    receipt: { id: string; provider: string; event_type: string },
    @MedusaContext() sharedContext: Context<EntityManager> = {},
  ): Promise<WebhookReceiptState> {
    const [row] = await sharedContext.manager!.execute<{ state: WebhookReceiptState }[]>(
      `insert into webhook_receipt (id, provider, event_type, state) values (?, ?, ?, 'received')
       on conflict (id) do update set updated_at = now()
       returning state`,
      [receipt.id, receipt.provider, receipt.event_type],
    )
    return row.state
  }

  /** Takes the event for processing; false when it is processed already, or another process is on it. */
  @InjectManager()
  async claim(id: string, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<boolean> {
    const rows = await sharedContext.manager!.execute(
      `update webhook_receipt set state = 'processing', claimed_at = now(), updated_at = now()
        where id = ? and deleted_at is null
          and (state = 'received' or (state = 'processing' and claimed_at < now() - make_interval(secs => ?)))
       returning id`,
      [id, CLAIM_TTL_SECONDS],
    )
    return rows.length > 0
  }

  /** Gives a claimed event back after its processing failed: the next delivery processes it again. */
  @InjectManager()
  async release(id: string, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<void> {
    await sharedContext.manager!.execute(
      "update webhook_receipt set state = 'received', claimed_at = null, updated_at = now() where id = ? and state = 'processing'",
      [id],
    )
  }

  @InjectManager()
  async markProcessed(id: string, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<void> {
    await sharedContext.manager!.execute(
      "update webhook_receipt set state = 'processed', processed_at = now(), updated_at = now() where id = ?",
      [id],
    )
  }
}

export default WebhookReceiptsModuleService
