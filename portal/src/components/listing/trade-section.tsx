import { Hint, Input, Label, Switch, Text, Textarea } from "@medusajs/ui"
import { ORDER_LIMIT_FEN } from "@bozor/shared"
import { useTranslation } from "react-i18next"
import {
  ALLERGENS,
  CERTIFICATES,
  FULFILMENT_MODES_BY_ORIGIN,
  ORIGIN_REGIONS,
  STOCK_ORIGINS,
} from "../../../../backend/src/modules/trade/constants"
import { currentLocale } from "../../i18n"
import { formatCny } from "../../i18n/format"
import { errorFor, type ApiError } from "../../lib/errors"
import type { TradeForm } from "../../lib/listing-form"
import { CheckboxGroup, Field, fieldId, NativeSelect } from "../form/field"
import { Section } from "./section"

/** The trade profile: where it comes from, how customs classify it, the food facts and the Chinese label. */
export function TradeSection(props: { trade: TradeForm; onChange: (trade: TradeForm) => void; error?: ApiError }) {
  const { t } = useTranslation()
  const { trade } = props
  const set = <K extends keyof TradeForm>(key: K, value: TradeForm[K]) => props.onChange({ ...trade, [key]: value })
  const err = (field: string) => errorFor(props.error, `trade.${field}`)

  return (
    <Section id="trade" title={t("editor.sections.trade")}>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <Field path="trade.origin_region" label={t("trade.originRegion")} error={err("origin_region")}>
          {(control) => (
            <NativeSelect
              {...control}
              value={trade.origin_region}
              onChange={(e) => set("origin_region", e.target.value as TradeForm["origin_region"])}
            >
              <option value="">{t("trade.choose")}</option>
              {ORIGIN_REGIONS.map((region) => (
                <option key={region} value={region}>
                  {t(`trade.regions.${region}`)}
                </option>
              ))}
            </NativeSelect>
          )}
        </Field>
        <Field path="trade.manufacturer" label={t("trade.manufacturer")} error={err("manufacturer")}>
          {(control) => <Input {...control} value={trade.manufacturer} onChange={(e) => set("manufacturer", e.target.value)} />}
        </Field>
        <Field path="trade.hs_code" label={t("trade.hsCode")} error={err("hs_code")}>
          {(control) => (
            <Input
              {...control}
              inputMode="numeric"
              autoComplete="off"
              value={trade.hs_code}
              onChange={(e) => set("hs_code", e.target.value)}
            />
          )}
        </Field>
        <Field path="trade.vat_rate" label={t("trade.vatRate")} error={err("vat_rate")}>
          {(control) => (
            <NativeSelect {...control} value={trade.vat_rate} onChange={(e) => set("vat_rate", e.target.value as TradeForm["vat_rate"])}>
              <option value="">{t("trade.choose")}</option>
              <option value="9">{t("trade.vat9")}</option>
              <option value="13">{t("trade.vat13")}</option>
            </NativeSelect>
          )}
        </Field>
        <Field path="trade.stock_origin" label={t("trade.stockOrigin")} error={err("stock_origin")}>
          {(control) => (
            <NativeSelect
              {...control}
              value={trade.stock_origin}
              onChange={(e) => set("stock_origin", e.target.value as TradeForm["stock_origin"])}
            >
              <option value="">{t("trade.choose")}</option>
              {STOCK_ORIGINS.map((origin) => (
                <option key={origin} value={origin}>
                  {t(`trade.stockOrigins.${origin}`)}
                </option>
              ))}
            </NativeSelect>
          )}
        </Field>
        {trade.stock_origin ? (
          <div className="flex flex-col gap-y-1.5" aria-live="polite">
            <Text size="small" weight="plus">
              {t("trade.fulfilmentModes")}
            </Text>
            <ul className="txt-compact-small text-ui-fg-base list-inside list-disc">
              {FULFILMENT_MODES_BY_ORIGIN[trade.stock_origin].map((mode) => (
                <li key={mode}>{t(`trade.fulfilment.${mode}`)}</li>
              ))}
            </ul>
            <Hint>{t("trade.fulfilmentHint")}</Hint>
          </div>
        ) : null}
      </div>

      <div className="flex items-start gap-x-3">
        <Switch
          id={fieldId("trade.indivisible")}
          checked={trade.indivisible}
          onCheckedChange={(checked) => set("indivisible", checked)}
          aria-describedby={`${fieldId("trade.indivisible")}-hint`}
        />
        <div className="flex flex-col gap-y-1">
          <Label htmlFor={fieldId("trade.indivisible")} size="small" weight="plus">
            {t("trade.indivisible")}
          </Label>
          <Hint id={`${fieldId("trade.indivisible")}-hint`}>
            {t("trade.indivisibleHint", { limit: formatCny(ORDER_LIMIT_FEN / 100, currentLocale()) })}
          </Hint>
        </div>
      </div>

      <fieldset className="border-ui-border-base flex flex-col gap-y-4 rounded-md border p-4">
        <legend className="txt-compact-small-plus px-1">{t("trade.foodOnly")}</legend>
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <Field path="trade.shelf_life_days" label={t("trade.shelfLifeDays")} error={err("shelf_life_days")}>
            {(control) => (
              <Input
                {...control}
                inputMode="numeric"
                value={trade.shelf_life_days}
                onChange={(e) => set("shelf_life_days", e.target.value)}
              />
            )}
          </Field>
          <Field
            path="trade.gacc_registration_number"
            label={t("trade.gacc")}
            hint={t("trade.gaccHint")}
            error={err("gacc_registration_number")}
          >
            {(control) => (
              <Input
                {...control}
                autoCapitalize="characters"
                autoComplete="off"
                value={trade.gacc_registration_number}
                onChange={(e) => set("gacc_registration_number", e.target.value)}
              />
            )}
          </Field>
        </div>
        <Field path="trade.storage" label={t("trade.storage")} error={err("storage")}>
          {(control) => <Input {...control} value={trade.storage} onChange={(e) => set("storage", e.target.value)} />}
        </Field>
        <CheckboxGroup
          path="trade.allergens"
          legend={t("trade.allergens")}
          options={ALLERGENS}
          labelOf={(allergen) => t(`trade.allergenNames.${allergen}`)}
          value={trade.allergens}
          onChange={(value) => set("allergens", value)}
          error={err("allergens")}
        />
      </fieldset>

      <CheckboxGroup
        path="trade.certificates"
        legend={t("trade.certificates")}
        options={CERTIFICATES}
        labelOf={(certificate) => t(`trade.certificateNames.${certificate}`)}
        value={trade.certificates}
        onChange={(value) => set("certificates", value)}
        error={err("certificates")}
      />

      <Field path="trade.label_zh" label={t("trade.labelZh")} hint={t("trade.labelZhHint")} error={err("label_zh")}>
        {(control) => (
          <Textarea {...control} lang="zh-CN" rows={5} value={trade.label_zh} onChange={(e) => set("label_zh", e.target.value)} />
        )}
      </Field>
    </Section>
  )
}
