import { getLocale, getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"

/** Server-side pagination: every page is its own URL (?page=N), crawlable and shareable. */
export async function Pagination({ page, pages, pathname = "/" }: { page: number; pages: number; pathname?: string }) {
  if (pages <= 1) return null
  const t = await getTranslations({ locale: await getLocale(), namespace: "pagination" })
  const href = (p: number) => ({ pathname, query: p > 1 ? { page: String(p) } : {} })
  const linkClass = "rounded-full border border-ink/20 px-4 py-2 hover:bg-saffron-100"
  return (
    <nav aria-label={t("label")} className="mt-8 flex items-center justify-center gap-4">
      {page > 1 && (
        <Link href={href(page - 1)} rel="prev" className={linkClass}>
          {t("previous")}
        </Link>
      )}
      <span aria-current="page">{t("page", { page, pages })}</span>
      {page < pages && (
        <Link href={href(page + 1)} rel="next" className={linkClass}>
          {t("next")}
        </Link>
      )}
    </nav>
  )
}
