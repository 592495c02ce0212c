import { useTranslation } from "react-i18next"
import { currentLocale } from "../../i18n"
import { titleFor } from "../../lib/listing-title"
import type { Category } from "../../lib/types"
import { Field, NativeSelect } from "../form/field"

/** Categories in tree order, children indented under their parent, named in the person's language where we have it. */
function categoryOptions(categories: Category[]): { id: string; depth: number; category: Category }[] {
  const children = new Map<string | null, Category[]>()
  for (const category of categories) {
    const parent = category.parent_id && categories.some((c) => c.id === category.parent_id) ? category.parent_id : null
    children.set(parent, [...(children.get(parent) ?? []), category])
  }
  const out: { id: string; depth: number; category: Category }[] = []
  const visit = (parent: string | null, depth: number) => {
    for (const category of children.get(parent) ?? []) {
      out.push({ id: category.id, depth, category })
      visit(category.id, depth + 1)
    }
  }
  visit(null, 0)
  return out
}

export function CategoryPicker(props: { categories: Category[]; value: string; onChange: (id: string) => void; error?: string }) {
  const { t } = useTranslation()
  const locale = currentLocale()
  return (
    <Field path="category_id" label={t("category.label")} error={props.error}>
      {(control) => (
        <NativeSelect {...control} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
          <option value="">{t("category.none")}</option>
          {categoryOptions(props.categories).map(({ id, depth, category }) => (
            <option key={id} value={id}>
              {`${"\u2003".repeat(depth)}${titleFor(category.name, locale) ?? category.handle}`}
            </option>
          ))}
        </NativeSelect>
      )}
    </Field>
  )
}
