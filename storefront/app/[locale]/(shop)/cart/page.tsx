import type { Metadata } from "next"
import { Img } from "@/components/ui/img"
import { getTranslations } from "next-intl/server"
import { LineQuantity } from "@/components/cart/line-quantity"
import { PromoForm } from "@/components/cart/promo-form"
import { Totals } from "@/components/cart/totals"
import { CustomsNotice } from "@/components/checkout/customs-notice"
import { Link } from "@/i18n/navigation"
import { routeLocale } from "@/i18n/locale"
import { formatMoney } from "@/lib/format"
import { customsSituation, retrieveCart } from "@/lib/medusa/cart"

export const metadata: Metadata = { robots: { index: false } }

export default async function CartPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await routeLocale(params)
  const t = await getTranslations({ locale, namespace: "cart" })
  const cart = await retrieveCart(locale)
  if (!cart || cart.lines.length === 0) {
    return (
      <div className="py-12 text-center">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-4" data-testid="cart-empty">
          {t("empty")}
        </p>
        <Link href="/" className="mt-6 inline-block rounded-full bg-lapis-800 px-5 py-2.5 text-white">
          {t("continue")}
        </Link>
      </div>
    )
  }
  const customs = await customsSituation(locale, cart.id)
  return (
    <div className="grid grid-cols-1 gap-8 py-6 md:grid-cols-[1fr_20rem]">
      <section>
        <h1 className="mb-4 text-2xl font-bold">{t("title")}</h1>
        <ul className="divide-y divide-ink/10 rounded-2xl bg-white ring-1 ring-ink/10">
          {cart.lines.map((line) => (
            <li key={line.id} className="flex gap-4 p-4" data-testid="cart-line" data-handle={line.productHandle}>
              {line.thumbnail && (
                <Img src={line.thumbnail} alt="" width={80} height={80} className="h-20 w-20 shrink-0 rounded-lg object-cover" />
              )}
              <div className="min-w-0 flex-1">
                <Link href={`/products/${line.productHandle}`} className="font-medium">
                  {line.productTitle}
                </Link>
                <p className="text-sm text-ink/70">
                  {line.variantTitle} · <span data-testid="line-unit-price">{formatMoney(line.unitPrice, locale)}</span>
                  {line.crossBorder && (
                    <span className="ml-2 whitespace-nowrap rounded bg-lapis-800/10 px-1.5 text-xs">{t("crossBorder")}</span>
                  )}
                </p>
                <div className="mt-2">
                  <LineQuantity locale={locale} lineId={line.id} quantity={line.quantity} title={line.productTitle} />
                </div>
              </div>
              <p className="shrink-0 whitespace-nowrap font-medium tabular-nums" data-testid="line-subtotal">
                {formatMoney(line.subtotal, locale)}
              </p>
            </li>
          ))}
        </ul>
        <CustomsNotice locale={locale} customs={customs} />
      </section>
      <aside className="h-fit rounded-2xl bg-white p-4 ring-1 ring-ink/10">
        <Totals locale={locale} totals={cart} />
        <PromoForm locale={locale} promotions={cart.promotions} notices={cart.promotionNotices} />
        <Link
          href="/checkout"
          className="mt-4 block rounded-full bg-saffron-700 px-5 py-3 text-center font-semibold text-white"
          data-testid="go-to-checkout"
        >
          {t("checkout")}
        </Link>
      </aside>
    </div>
  )
}
