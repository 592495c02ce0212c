"use client"

import { useFormStatus } from "react-dom"
import type { ReactNode } from "react"

/** A submit button that says it is working and cannot be pressed twice. */
export function Submit({
  children,
  pendingLabel,
  className,
  testId,
}: {
  children: ReactNode
  pendingLabel?: string
  className?: string
  testId?: string
}) {
  const { pending } = useFormStatus()
  return (
    <button
      type="submit"
      disabled={pending}
      aria-busy={pending}
      data-testid={testId}
      className={className ?? "rounded-full bg-lapis-800 px-5 py-2.5 font-medium text-white hover:bg-lapis-600 disabled:opacity-60"}
    >
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  )
}

/** An error the backend or the form gave, announced to screen readers. */
export function FormError({ message, id }: { message?: string; id?: string }) {
  if (!message) return null
  return (
    <p id={id} role="alert" className="mt-2 rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800" data-testid="form-error">
      {message}
    </p>
  )
}

export function Field({
  name,
  label,
  error,
  type = "text",
  defaultValue,
  autoComplete,
  required,
  inputMode,
  placeholder,
}: {
  name: string
  label: string
  error?: string
  type?: string
  defaultValue?: string
  autoComplete?: string
  required?: boolean
  inputMode?: "text" | "numeric" | "tel" | "email"
  placeholder?: string
}) {
  const errorId = `${name}-error`
  return (
    <label className="block text-sm">
      <span className="font-medium">{label}</span>
      <input
        name={name}
        type={type}
        defaultValue={defaultValue}
        autoComplete={autoComplete}
        required={required}
        inputMode={inputMode}
        placeholder={placeholder}
        aria-invalid={!!error}
        aria-describedby={error ? errorId : undefined}
        className="mt-1 block w-full rounded-lg border border-ink/20 bg-white px-3 py-2"
      />
      {error && (
        <span id={errorId} className="mt-1 block text-red-800">
          {error}
        </span>
      )}
    </label>
  )
}
