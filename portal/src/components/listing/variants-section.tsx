import { PlusMini, Trash } from "@medusajs/icons"
import { Button, IconButton, Input, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { currentLocale } from "../../i18n"
import { formatCny } from "../../i18n/format"
import { errorFor, type ApiError } from "../../lib/errors"
import { parseDecimal, syncVariants, variantTitle, type OptionForm, type VariantForm } from "../../lib/listing-form"
import { Field } from "../form/field"
import { Section } from "./section"

/**
 * Options (Weight: 250 g, 500 g) and one variant per combination of their values, each with its SKU and CNY
 * price. Editing an option keeps what was entered for combinations that remain.
 */
export function VariantsSection(props: {
  options: OptionForm[]
  variants: VariantForm[]
  onChange: (options: OptionForm[], variants: VariantForm[]) => void
  error?: ApiError
}) {
  const { t } = useTranslation()
  const locale = currentLocale()
  const setOptions = (options: OptionForm[]) => props.onChange(options, syncVariants(options, props.variants))
  const setVariant = (index: number, variant: VariantForm) =>
    props.onChange(
      props.options,
      props.variants.map((v, i) => (i === index ? variant : v)),
    )

  return (
    <Section id="variants" title={t("editor.sections.variants")} intro={t("variants.optionsHint")}>
      <fieldset className="flex flex-col gap-y-3">
        <legend className="txt-compact-small-plus mb-2">{t("variants.options")}</legend>
        {props.options.map((option, index) => (
          <div key={index} className="grid grid-cols-1 items-end gap-2 sm:grid-cols-[1fr_2fr_auto]">
            <Field
              path={`options.${index}.title`}
              label={t("variants.optionTitle")}
              error={errorFor(props.error, `options.${index}.title`)}
            >
              {(control) => (
                <Input
                  {...control}
                  value={option.title}
                  onChange={(e) => setOptions(props.options.map((o, i) => (i === index ? { ...o, title: e.target.value } : o)))}
                />
              )}
            </Field>
            <Field
              path={`options.${index}.values`}
              label={t("variants.optionValues")}
              hint={t("variants.optionValuesHint")}
              error={errorFor(props.error, `options.${index}.values`)}
            >
              {(control) => (
                <Input
                  {...control}
                  value={option.values}
                  onChange={(e) => setOptions(props.options.map((o, i) => (i === index ? { ...o, values: e.target.value } : o)))}
                />
              )}
            </Field>
            <IconButton
              type="button"
              variant="transparent"
              aria-label={t("variants.removeOption", { name: option.title || index + 1 })}
              onClick={() => setOptions(props.options.filter((_, i) => i !== index))}
              className="mb-6 sm:mb-6"
            >
              <Trash />
            </IconButton>
          </div>
        ))}
        <div>
          <Button type="button" variant="secondary" size="small" onClick={() => setOptions([...props.options, { title: "", values: "" }])}>
            <PlusMini aria-hidden /> {t("variants.addOption")}
          </Button>
        </div>
      </fieldset>

      <fieldset className="flex flex-col gap-y-3">
        <legend className="txt-compact-small-plus mb-2">{t("variants.variants")}</legend>
        {props.variants.map((variant, index) => {
          const price = parseDecimal(variant.price)
          const title = variantTitle(variant, props.options)
          return (
            <div key={index} className="border-ui-border-base grid grid-cols-1 gap-2 rounded-md border p-3 sm:grid-cols-[1fr_1fr_1fr]">
              <Text size="small" weight="plus" className="self-center">
                {title === "Default" ? t("variants.single") : title}
              </Text>
              <Field
                path={`variants.${index}.sku`}
                label={t("variants.sku")}
                optional
                error={errorFor(props.error, `variants.${index}.sku`)}
              >
                {(control) => (
                  <Input {...control} value={variant.sku} onChange={(e) => setVariant(index, { ...variant, sku: e.target.value })} />
                )}
              </Field>
              <Field
                path={`variants.${index}.price_cny`}
                label={t("variants.price")}
                hint={price !== undefined ? t("variants.pricePreview", { price: formatCny(price, locale) }) : undefined}
                error={errorFor(props.error, `variants.${index}.price_cny`)}
              >
                {(control) => (
                  <Input
                    {...control}
                    inputMode="decimal"
                    value={variant.price}
                    onChange={(e) => setVariant(index, { ...variant, price: e.target.value })}
                  />
                )}
              </Field>
            </div>
          )
        })}
      </fieldset>
    </Section>
  )
}
