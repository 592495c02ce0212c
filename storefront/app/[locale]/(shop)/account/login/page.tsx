import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { RegisterForm, SignInForm } from "@/components/account/forms"
import { routeLocale } from "@/i18n/locale"

export const metadata: Metadata = { robots: { index: false } }

/** Where a sign-in (or a new account) returns to: the account, or the page that sent the buyer here (the checkout). */
const SHOP_PATH = /^[a-z0-9-]+(?:\/[A-Za-z0-9_-]+)*$/

export default async function LoginPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ next?: string; reset?: string }>
}) {
  const locale = await routeLocale(params)
  const t = await getTranslations({ locale, namespace: "account" })
  const { next: wanted, reset } = await searchParams
  const next = typeof wanted === "string" && wanted.length <= 200 && SHOP_PATH.test(wanted) ? wanted : undefined
  return (
    <div className="space-y-4 py-8">
      {reset === "done" && (
        <p role="status" className="rounded-lg bg-emerald-50 px-3 py-2 text-sm text-emerald-900" data-testid="password-changed">
          {t("passwordChanged")}
        </p>
      )}
      {next === "checkout" && (
        <p className="text-sm text-ink/70" data-testid="back-to-checkout-note">
          {t("signInForCheckout")}
        </p>
      )}
      <div className="grid gap-8 md:grid-cols-2">
        <section className="rounded-2xl bg-white p-6 ring-1 ring-ink/10">
          <h1 className="mb-4 text-xl font-bold">{t("signIn")}</h1>
          <SignInForm locale={locale} next={next} />
        </section>
        <section className="rounded-2xl bg-white p-6 ring-1 ring-ink/10">
          <h2 className="mb-4 text-xl font-bold">{t("register")}</h2>
          <RegisterForm locale={locale} next={next} />
        </section>
      </div>
    </div>
  )
}
