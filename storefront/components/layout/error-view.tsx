import { useTranslations } from "next-intl"

/** The localized error page of the shop's two page trees; their error.tsx files are the client boundary. */
export function ErrorView({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("error")
  return (
    <div className="py-16 text-center">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2">{t("text")}</p>
      <button type="button" onClick={reset} className="mt-6 rounded-full bg-lapis-800 px-5 py-2.5 text-white">
        {t("retry")}
      </button>
    </div>
  )
}
