import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { NewPasswordForm, RequestResetForm } from "@/components/account/password-reset"
import { Link } from "@/i18n/navigation"
import { routeLocale } from "@/i18n/locale"
import { resetTokenState } from "@/lib/reset-token"

// The token is in the URL: no referrer carries it to another site, and no search engine keeps the page.
export const metadata: Metadata = { robots: { index: false }, referrer: "no-referrer" }

/**
 * A forgotten password, by Medusa's reset flow: without a token the buyer asks for a link by e-mail; the link
 * (valid 15 minutes, single use) opens this page with its token, where the new password is set. A link that ran
 * out says so, with the form to ask for another.
 */
export default async function ResetPasswordPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ token?: string | string[] }>
}) {
  const locale = await routeLocale(params)
  const t = await getTranslations({ locale, namespace: "account" })
  const { token } = await searchParams
  const state = typeof token === "string" ? resetTokenState(token) : null
  return (
    <div className="mx-auto max-w-md space-y-4 py-8">
      {state === "valid" ? (
        <section className="rounded-2xl bg-white p-6 ring-1 ring-ink/10">
          <h1 className="mb-2 text-xl font-bold">{t("newPasswordTitle")}</h1>
          <p className="mb-4 text-sm text-ink/70">{t("newPasswordIntro")}</p>
          <NewPasswordForm locale={locale} token={token as string} />
        </section>
      ) : (
        <section className="rounded-2xl bg-white p-6 ring-1 ring-ink/10">
          <h1 className="mb-2 text-xl font-bold">{t("resetTitle")}</h1>
          {state && (
            <p role="alert" className="mb-3 rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800" data-testid="reset-link-problem">
              {state === "expired" ? t("resetLinkExpired") : t("resetLinkInvalid")}
            </p>
          )}
          <p className="mb-4 text-sm text-ink/70">{t("resetIntro")}</p>
          <RequestResetForm locale={locale} />
        </section>
      )}
      <Link href="/account/login" className="inline-block text-sm underline">
        {t("backToSignIn")}
      </Link>
    </div>
  )
}
