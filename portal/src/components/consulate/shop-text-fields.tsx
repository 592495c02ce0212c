import { Input, Textarea } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { errorFor, type ApiError } from "../../lib/errors"
import type { ShopText } from "../../lib/types"
import { Field } from "../form/field"

const SHOP_LANGUAGES = ["zh-CN", "en"] as const

export const emptyShopText = (): ShopText => ({ "zh-CN": "", en: "" })

/** The paths of a shop text's fields as the backend names them (`title.zh-CN`, `title.en`), for forForm. */
export const shopTextPaths = (path: string) => SHOP_LANGUAGES.map((l) => `${path}.${l}`)

/**
 * One text the shop shows, in both of its languages (Chinese first: most shoppers read it), each with its own label
 * and the backend's refusal beside it. `lang` tells screen readers and spell checkers which language each one is.
 */
export function ShopTextFields(props: {
  path: string
  label: string
  value: ShopText
  onChange: (next: ShopText) => void
  error?: ApiError
  multiline?: boolean
}) {
  const { t } = useTranslation()
  return (
    <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
      {SHOP_LANGUAGES.map((language) => (
        <Field
          key={language}
          path={`${props.path}.${language}`}
          label={t("shopText.in", { label: props.label, language: t(`shopText.${language}`) })}
          error={errorFor(props.error, `${props.path}.${language}`)}
        >
          {(control) =>
            props.multiline ? (
              <Textarea
                {...control}
                lang={language}
                rows={6}
                value={props.value[language]}
                onChange={(e) => props.onChange({ ...props.value, [language]: e.target.value })}
              />
            ) : (
              <Input
                {...control}
                lang={language}
                value={props.value[language]}
                onChange={(e) => props.onChange({ ...props.value, [language]: e.target.value })}
              />
            )
          }
        </Field>
      ))}
    </div>
  )
}
