import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { formatMoney } from "@/lib/format"
import type { ProductVariant } from "@/lib/medusa/types"
import { VariantOptions } from "./variant-options"

/** Variants as links (?variant=…): the choice lives in the URL, so a product link is shareable and works without script. */
export async function VariantPicker({
  locale,
  handle,
  variants,
  selected,
}: {
  locale: string
  handle: string
  variants: ProductVariant[]
  selected: string | null
}) {
  if (variants.length < 2) return null
  const t = await getTranslations({ locale, namespace: "product" })
  return (
    <fieldset className="mt-6">
      <legend className="mb-2 text-sm font-medium">{t("chooseVariant")}</legend>
      <VariantOptions>
        {variants.map((v) => (
          <li key={v.id}>
            <Link
              href={{ pathname: `/products/${handle}`, query: { variant: v.id } }}
              replace
              scroll={false}
              aria-current={v.id === selected ? "true" : undefined}
              data-testid="variant-option"
              data-variant-id={v.id}
              className={`block rounded-full border px-4 py-2 text-sm ${v.id === selected ? "border-lapis-800 bg-lapis-800 text-white" : "border-ink/20 hover:bg-saffron-100"} ${v.available === 0 ? "line-through opacity-60" : ""}`}
            >
              {v.title}
              {v.price && <span className="ml-2 opacity-80">{formatMoney(v.price, locale)}</span>}
            </Link>
          </li>
        ))}
      </VariantOptions>
    </fieldset>
  )
}
