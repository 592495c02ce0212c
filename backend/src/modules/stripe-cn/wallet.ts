import type { InitiatePaymentInput, InitiatePaymentOutput } from "@medusajs/framework/types"
import { stripeClient, type BozorStripeOptions } from "./client"
import { MedusaStripeCardProvider, type PaymentIntentOptions } from "./medusa-stripe"

/**
 * Alipay and WeChat Pay through Stripe. Both are confirmed when the session is
 * created, so the intent comes back with its next action at once: a redirect to
 * Alipay, or the QR code for WeChat. The buyer pays outside the shop, and the
 * payment_intent.succeeded webhook completes the cart. Built on Medusa's card
 * provider, whose intent options these override.
 */
abstract class StripeWalletService extends MedusaStripeCardProvider {
  protected abstract readonly methodType: "alipay" | "wechat_pay"

  constructor(cradle: Record<string, unknown>, options: BozorStripeOptions) {
    super(cradle, { ...options, asyncPaymentMethodTypes: ["alipay", "wechat_pay"] })
    this.stripe_ = stripeClient(options)
  }

  get paymentIntentOptions(): PaymentIntentOptions {
    return { payment_method_types: [this.methodType], capture_method: "automatic", ...this.methodOptions() }
  }

  protected methodOptions(): Partial<PaymentIntentOptions> {
    return {}
  }

  async initiatePayment(input: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    const data = (input.data ?? {}) as Record<string, unknown>
    return super.initiatePayment({
      ...input,
      data: { ...data, confirm: true, payment_method_data: { type: this.methodType } },
    })
  }
}

export class StripeAlipayService extends StripeWalletService {
  static identifier = "stripe-alipay"
  protected readonly methodType = "alipay" as const
}

export class StripeWechatPayService extends StripeWalletService {
  static identifier = "stripe-wechat-pay"
  protected readonly methodType = "wechat_pay" as const
  protected methodOptions(): Partial<PaymentIntentOptions> {
    return { payment_method_options: { wechat_pay: { client: "web" } } as PaymentIntentOptions["payment_method_options"] }
  }
}
