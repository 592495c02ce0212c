import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"

export function NotFoundView() {
  const t = useTranslations("notFound")
  return (
    <section className="my-24 text-center">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-4 text-ink/70">{t("text")}</p>
      <Link href="/" className="mt-8 inline-block rounded-full bg-lapis-800 px-6 py-3 text-white">
        {t("home")}
      </Link>
    </section>
  )
}
