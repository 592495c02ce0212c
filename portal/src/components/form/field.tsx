import { Hint, Label } from "@medusajs/ui"
import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"

/** The DOM id of the input for a field path as the backend names it (`trade.hs_code` → `field-trade-hs_code`). */
export const fieldId = (path: string) => `field-${path.replace(/[^\w-]/g, "-")}`

/** Moves focus to the input a refusal names, so a keyboard or screen-reader user lands where the problem is. */
export function focusField(path: string | undefined) {
  if (!path) return
  const element = document.getElementById(fieldId(path))
  element?.focus()
  element?.scrollIntoView({ block: "center" })
}

export interface ControlProps {
  id: string
  "aria-describedby"?: string
  "aria-invalid"?: boolean
}

/**
 * A labelled input with its hint and, when the backend or the portal refused its value, the message beside it
 * (announced: aria-describedby and aria-invalid point at it).
 */
export function Field(props: {
  path: string
  label: ReactNode
  hint?: ReactNode
  error?: string
  optional?: boolean
  children: (control: ControlProps) => ReactNode
}) {
  const { t } = useTranslation()
  const id = fieldId(props.path)
  const describedBy = [props.error ? `${id}-error` : "", props.hint ? `${id}-hint` : ""].filter(Boolean).join(" ")
  return (
    <div className="flex flex-col gap-y-1.5">
      <Label htmlFor={id} size="small" weight="plus">
        {props.label}
        {props.optional ? <span className="text-ui-fg-subtle font-normal"> ({t("common.optional")})</span> : null}
      </Label>
      {props.children({ id, "aria-describedby": describedBy || undefined, "aria-invalid": props.error ? true : undefined })}
      {props.hint ? (
        <Hint id={`${id}-hint`} className="text-ui-fg-subtle">
          {props.hint}
        </Hint>
      ) : null}
      {props.error ? (
        <Hint id={`${id}-error`} variant="error" role="alert">
          {props.error}
        </Hint>
      ) : null}
    </div>
  )
}

/** A native select (best on phones and with screen readers) styled as Medusa UI's fields. */
export function NativeSelect(props: React.SelectHTMLAttributes<HTMLSelectElement>) {
  const { className, ...rest } = props
  return (
    <select
      {...rest}
      className={`bg-ui-bg-field shadow-borders-base txt-compact-small text-ui-fg-base hover:bg-ui-bg-field-hover focus-visible:shadow-borders-interactive-with-active aria-[invalid=true]:shadow-borders-error h-8 w-full rounded-md px-2 outline-none ${className ?? ""}`}
    />
  )
}

/** A group of checkboxes with a legend, for lists such as allergens or certificates. */
export function CheckboxGroup<T extends string>(props: {
  path: string
  legend: ReactNode
  options: readonly T[]
  labelOf: (value: T) => string
  value: T[]
  onChange: (next: T[]) => void
  error?: string
}) {
  const id = fieldId(props.path)
  return (
    <fieldset className="flex flex-col gap-y-1.5" aria-describedby={props.error ? `${id}-error` : undefined}>
      <legend className="txt-compact-small-plus text-ui-fg-base mb-1.5">{props.legend}</legend>
      <div className="grid grid-cols-1 gap-2 sm:grid-cols-2">
        {props.options.map((option, index) => (
          <label key={option} className="txt-compact-small text-ui-fg-base flex min-h-8 items-center gap-x-2">
            <input
              type="checkbox"
              id={index === 0 ? id : undefined}
              className="accent-ui-fg-interactive h-4 w-4"
              checked={props.value.includes(option)}
              onChange={(event) =>
                props.onChange(event.target.checked ? [...props.value, option] : props.value.filter((v) => v !== option))
              }
            />
            {props.labelOf(option)}
          </label>
        ))}
      </div>
      {props.error ? (
        <Hint id={`${id}-error`} variant="error" role="alert">
          {props.error}
        </Hint>
      ) : null}
    </fieldset>
  )
}
