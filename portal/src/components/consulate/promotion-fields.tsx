import { Checkbox, Input, Label } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Field, NativeSelect } from "../form/field"
import { errorFor, type ApiError } from "../../lib/errors"
import type { PromotionInput } from "../../lib/api"
import type { DiscountType } from "../../lib/types"
import { ProductsField } from "./product-picker"

/** What the form holds for a promotion before it is sent (numbers as typed, the products picked by name). */
export interface PromotionDraft {
  code: string
  automatic: boolean
  name_zh: string
  name_en: string
  type: DiscountType
  value: string
  product_ids: string[]
  buy_quantity: string
  get_quantity: string
}

export const emptyPromotion = (): PromotionDraft => ({
  code: "",
  automatic: false,
  name_zh: "",
  name_en: "",
  type: "percentage",
  value: "15",
  product_ids: [],
  buy_quantity: "2",
  get_quantity: "1",
})

/** The request for a draft, in the campaign given. */
export function promotionInput(campaignId: string, d: PromotionDraft): PromotionInput {
  const targets = d.product_ids.length ? { product_ids: d.product_ids } : undefined
  const discount: PromotionInput["discount"] =
    d.type === "free_shipping"
      ? { type: "free_shipping" }
      : d.type === "buy_get"
        ? { type: "buy_get", buy_quantity: Number(d.buy_quantity), get_quantity: Number(d.get_quantity), buy: targets ?? {} }
        : { type: d.type, value: Number(d.value), ...(targets ? { targets } : {}) }
  return {
    campaign_id: campaignId,
    code: d.code.trim(),
    automatic: d.automatic,
    name: { "zh-CN": d.name_zh.trim(), en: d.name_en.trim() },
    discount,
  }
}

export const PROMOTION_FIELDS = [
  "code",
  "name.zh-CN",
  "name.en",
  "discount.value",
  "discount.buy_quantity",
  "discount.get_quantity",
  "targets.product_ids",
]

/** The fields of a promotion: code (or automatic), names in Chinese and English, the kind of discount and its value. */
export function PromotionFields({
  draft,
  onChange,
  error,
  onError,
}: {
  draft: PromotionDraft
  onChange: (next: PromotionDraft) => void
  error?: ApiError
  /** A failed product search. */
  onError: (error: ApiError) => void
}) {
  const { t } = useTranslation()
  const set = (patch: Partial<PromotionDraft>) => onChange({ ...draft, ...patch })
  return (
    <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
      <Field path="code" label={t("promotions.code")} hint={t("promotions.codeHint")} error={errorFor(error, "code")}>
        {(control) => <Input {...control} value={draft.code} onChange={(e) => set({ code: e.target.value.toUpperCase() })} />}
      </Field>
      <div className="flex items-center gap-x-2 sm:mt-6">
        <Checkbox id="promotion-automatic" checked={draft.automatic} onCheckedChange={(v) => set({ automatic: v === true })} />
        <Label htmlFor="promotion-automatic" size="small">
          {t("promotions.automatic")}
        </Label>
      </div>
      <Field path="name.zh-CN" label={t("promotions.nameZh")} error={errorFor(error, "name.zh-CN")}>
        {(control) => <Input {...control} value={draft.name_zh} onChange={(e) => set({ name_zh: e.target.value })} />}
      </Field>
      <Field path="name.en" label={t("promotions.nameEn")} error={errorFor(error, "name.en")}>
        {(control) => <Input {...control} value={draft.name_en} onChange={(e) => set({ name_en: e.target.value })} />}
      </Field>
      <Field path="discount.type" label={t("promotions.type")}>
        {(control) => (
          <NativeSelect {...control} value={draft.type} onChange={(e) => set({ type: e.target.value as DiscountType })}>
            {(["percentage", "fixed", "buy_get", "free_shipping"] as const).map((type) => (
              <option key={type} value={type}>
                {t(`promotions.types.${type}`)}
              </option>
            ))}
          </NativeSelect>
        )}
      </Field>
      {draft.type === "percentage" || draft.type === "fixed" ? (
        <Field
          path="discount.value"
          label={t(draft.type === "percentage" ? "promotions.percent" : "promotions.amount")}
          error={errorFor(error, "discount.value")}
        >
          {(control) => (
            <Input
              {...control}
              type="number"
              inputMode="decimal"
              min={0}
              value={draft.value}
              onChange={(e) => set({ value: e.target.value })}
            />
          )}
        </Field>
      ) : null}
      {draft.type === "buy_get" ? (
        <>
          <Field path="discount.buy_quantity" label={t("promotions.buyQuantity")} error={errorFor(error, "discount.buy_quantity")}>
            {(control) => (
              <Input
                {...control}
                type="number"
                inputMode="numeric"
                min={1}
                value={draft.buy_quantity}
                onChange={(e) => set({ buy_quantity: e.target.value })}
              />
            )}
          </Field>
          <Field path="discount.get_quantity" label={t("promotions.getQuantity")} error={errorFor(error, "discount.get_quantity")}>
            {(control) => (
              <Input
                {...control}
                type="number"
                inputMode="numeric"
                min={1}
                value={draft.get_quantity}
                onChange={(e) => set({ get_quantity: e.target.value })}
              />
            )}
          </Field>
        </>
      ) : null}
      {draft.type !== "free_shipping" ? (
        <ProductsField
          id="promotion-products"
          label={t("promotions.products")}
          hint={t("promotions.productsHint")}
          value={draft.product_ids}
          onChange={(product_ids) => set({ product_ids })}
          error={errorFor(error, "targets.product_ids")}
          onError={onError}
          className="sm:col-span-2"
        />
      ) : null}
    </div>
  )
}
