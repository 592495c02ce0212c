import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { deleteIdentityAction, signOutAction } from "@/components/account/actions"
import { AddressBook } from "@/components/account/address-book"
import { IdentityForm } from "@/components/account/forms"
import { paymentLabel } from "@/components/order/order-status"
import { Link } from "@/i18n/navigation"
import { routeLocale } from "@/i18n/locale"
import { formatMoney } from "@/lib/format"
import { currentCustomer, listIdentities, listOrders } from "@/lib/medusa/customer"
import { personName } from "@/lib/person-name"

export const metadata: Metadata = { robots: { index: false } }

export default async function AccountPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await routeLocale(params)
  const customer = await currentCustomer(locale)
  if (!customer) redirect(`/${locale}/account/login`)
  const t = await getTranslations({ locale, namespace: "account" })
  const tc = await getTranslations({ locale, namespace: "customs" })
  const to = await getTranslations({ locale, namespace: "order" })
  const state = (key: string) => (key && to.has(`state.${key}`) ? to(`state.${key}`) : key)
  const [orders, identities] = await Promise.all([listOrders(locale), listIdentities(locale)])
  const m = (amount: number) => formatMoney({ amount, currencyCode: "CNY" }, locale)
  return (
    <div className="space-y-8 py-8">
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-bold" data-testid="account-title">
          {t("hello", { name: personName({ firstName: customer.first_name, lastName: customer.last_name }, locale) })}
        </h1>
        <form action={signOutAction}>
          <input type="hidden" name="locale" value={locale} />
          <button type="submit" className="text-sm underline" data-testid="sign-out">
            {t("signOut")}
          </button>
        </form>
      </div>
      <section aria-labelledby="orders">
        <h2 id="orders" className="mb-3 text-xl font-semibold">
          {t("orders")}
        </h2>
        {orders.length === 0 ? (
          <p>{t("noOrders")}</p>
        ) : (
          <ul className="divide-y divide-ink/10 rounded-2xl bg-white ring-1 ring-ink/10" data-testid="order-list">
            {orders.map((o) => (
              <li key={o.id}>
                <Link href={`/account/orders/${o.id}`} className="flex justify-between p-3 hover:bg-saffron-50" data-testid="order-row">
                  <span>
                    #{o.displayId} · {new Intl.DateTimeFormat(locale, { dateStyle: "medium" }).format(new Date(o.createdAt))} ·{" "}
                    {t("items", { count: o.itemCount })}
                    <span className="block text-ink/70" data-testid="order-row-state">
                      {o.status === "canceled"
                        ? state(o.status)
                        : `${paymentLabel(to, state, o.paymentStatus, o.payAtCentre)} · ${state(o.fulfillmentStatus)}`}
                    </span>
                  </span>
                  <span>{formatMoney(o.total, locale)}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="addresses">
        <h2 id="addresses" className="mb-3 text-xl font-semibold">
          {t("addresses")}
        </h2>
        <AddressBook locale={locale} addresses={customer.addresses} />
      </section>
      <section aria-labelledby="identities">
        <h2 id="identities" className="mb-3 text-xl font-semibold">
          {tc("identities")}
        </h2>
        <ul className="space-y-2 text-sm" data-testid="identity-list">
          {identities.map((i) => (
            <li
              key={i.id}
              className="flex flex-wrap items-start justify-between gap-2 rounded-xl bg-white p-3 ring-1 ring-ink/10"
              data-testid="saved-identity"
            >
              <span>
                <span className="font-medium">{i.realName}</span> · {i.idNumber}
                {i.quota && (
                  <span className="block text-ink/70">
                    {tc("quotaLine", {
                      used: m(i.quota.used),
                      limit: m(i.quota.limit),
                      remaining: m(i.quota.remaining),
                      year: i.quota.year,
                    })}
                  </span>
                )}
              </span>
              <form action={deleteIdentityAction}>
                <input type="hidden" name="locale" value={locale} />
                <input type="hidden" name="id" value={i.id} />
                <button
                  type="submit"
                  className="underline"
                  aria-label={tc("removeOf", { name: i.realName, id: i.idNumber })}
                  data-testid="remove-identity"
                >
                  {tc("remove")}
                </button>
              </form>
            </li>
          ))}
        </ul>
        <IdentityForm locale={locale} />
      </section>
    </div>
  )
}
