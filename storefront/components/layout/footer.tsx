import { getLocale, getTranslations } from "next-intl/server"

export async function Footer() {
  const t = await getTranslations({ locale: await getLocale(), namespace: "footer" })
  return (
    <footer className="border-t border-ink/10 bg-white">
      <div className="mx-auto max-w-6xl space-y-2 px-4 py-8 text-sm text-ink/70">
        <p>{t("about")}</p>
        <p>{t("crossBorder")}</p>
      </div>
    </footer>
  )
}
