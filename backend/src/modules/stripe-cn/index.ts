import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import StripeCardService from "./card"
import { StripeAlipayService, StripeWechatPayService } from "./wallet"

/** Card (Medusa's provider), Alipay and WeChat Pay, all through Stripe: provider ids pp_stripe_stripe, pp_stripe-alipay_stripe, pp_stripe-wechat-pay_stripe. */
export default ModuleProvider(Modules.PAYMENT, {
  services: [StripeCardService, StripeAlipayService, StripeWechatPayService],
})
