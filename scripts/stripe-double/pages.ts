/**
 * The pages a buyer meets outside the shop, as plain HTML: Alipay's
 * authorisation page (reached by redirect, returns to the shop) and the WeChat
 * Pay page with the QR code that a phone would scan.
 */
type Intent = { id: string; amount: number; currency: string; status: string; next_action?: any }

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
const amountOf = (intent: Intent) =>
  new Intl.NumberFormat("zh-CN", { style: "currency", currency: intent.currency.toUpperCase() }).format(intent.amount / 100)

const layout = (title: string, body: string) => `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escape(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:28rem;margin:2rem auto;padding:0 1rem;text-align:center}
button{font-size:1rem;padding:.7rem 1.4rem;margin:.4rem;border-radius:.4rem;border:1px solid #999;cursor:pointer}
.primary{background:#1677ff;color:#fff;border-color:#1677ff}.wechat{background:#07c160;color:#fff;border-color:#07c160}</style>
</head><body>${body}</body></html>`

export function alipayPage(intent: Intent): string {
  return layout(
    "支付宝 Alipay (test)",
    `<h1>支付宝 Alipay</h1><p>Test payment of <strong data-testid="amount">${escape(amountOf(intent))}</strong></p>
<p>Status: <span data-testid="status">${escape(intent.status)}</span></p>
<form method="post" action="/pay/alipay/${escape(intent.id)}/authorize"><button class="primary" type="submit">确认付款 Authorize payment</button></form>
<form method="post" action="/pay/alipay/${escape(intent.id)}/decline"><button type="submit">取消 Decline</button></form>`,
  )
}

export function wechatPage(intent: Intent): string {
  const qr = intent.next_action?.wechat_pay_display_qr_code
  return layout(
    "微信支付 WeChat Pay (test)",
    `<h1>微信支付 WeChat Pay</h1><p>Test payment of <strong data-testid="amount">${escape(amountOf(intent))}</strong></p>
${qr?.image_data_url ? `<img alt="WeChat Pay QR code" width="240" height="240" src="${escape(qr.image_data_url)}">` : ""}
<p>Status: <span data-testid="status">${escape(intent.status)}</span></p>
<form method="post" action="/pay/wechat/${escape(intent.id)}/scan"><button class="wechat" type="submit">模拟扫码付款 Simulate scan and pay</button></form>`,
  )
}
