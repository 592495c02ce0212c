import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { categoryTree } from "@/lib/category-tree"
import { getCategories } from "@/lib/medusa"
import { CategoryMenu } from "./category-menu"

/** The header's way into the catalog: the whole tree behind a button, and the top-level categories at a glance. */
export async function CategoryNav({ locale }: { locale: string }) {
  const [t, categories] = await Promise.all([getTranslations({ locale, namespace: "header" }), getCategories(locale)])
  const tree = categoryTree(categories)
  return (
    <nav aria-label={t("categories")} className="mx-auto flex max-w-6xl items-center gap-3 px-4 pb-2 text-sm">
      <CategoryMenu
        toggleLabel={t("allCategories")}
        exportersLabel={t("exporters")}
        tree={tree.map((top) => ({
          handle: top.handle,
          name: top.name,
          allLabel: t("allOf", { name: top.name }),
          children: top.children.map((c) => ({ handle: c.handle, name: c.name })),
        }))}
      />
      {/* A row that scrolls sideways on a phone rather than widening the page. */}
      <ul className="flex min-w-0 flex-1 gap-1 overflow-x-auto whitespace-nowrap p-1">
        {tree.map((top) => (
          <li key={top.handle}>
            <Link href={`/categories/${top.handle}`} className="block rounded-full px-3 py-1 hover:bg-saffron-100">
              {top.name}
            </Link>
          </li>
        ))}
        <li>
          <Link href="/exporters" className="block rounded-full px-3 py-1 hover:bg-saffron-100">
            {t("exporters")}
          </Link>
        </li>
      </ul>
    </nav>
  )
}
