import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { RegisterForm, SignInForm } from "@/components/account/forms"
import { routeLocale } from "@/i18n/locale"

export const metadata: Metadata = { robots: { index: false } }

export default async function LoginPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ next?: string }> }) {
  const locale = await routeLocale(params)
  const t = await getTranslations({ locale, namespace: "account" })
  const next = (await searchParams).next
  return (
    <div className="grid gap-8 py-8 md:grid-cols-2">
      <section className="rounded-2xl bg-white p-6 ring-1 ring-ink/10">
        <h1 className="mb-4 text-xl font-bold">{t("signIn")}</h1>
        <SignInForm locale={locale} next={next && /^[a-z/-]+$/.test(next) ? next : undefined} />
      </section>
      <section className="rounded-2xl bg-white p-6 ring-1 ring-ink/10">
        <h2 className="mb-4 text-xl font-bold">{t("register")}</h2>
        <RegisterForm locale={locale} />
      </section>
    </div>
  )
}
