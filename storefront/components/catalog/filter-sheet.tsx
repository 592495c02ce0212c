"use client"

import { useEffect, useId, useRef, useState, type ReactNode } from "react"

/**
 * The filters of a list. On a wide screen they stand beside the results; on a phone they fold into a sheet behind a
 * button that says how many are active, so the first screen shows products. The open sheet is a modal dialog: focus
 * moves into it and stays there, Escape or the close button shuts it and focus returns to the button, and choosing a
 * filter (a link to the filtered list) closes it.
 */
export function FilterSheet({
  label,
  closeLabel,
  activeCount,
  children,
}: {
  label: string
  closeLabel: string
  activeCount: number
  children: ReactNode
}) {
  const [open, setOpen] = useState(false)
  const toggle = useRef<HTMLButtonElement>(null)
  const sheet = useRef<HTMLDivElement>(null)
  const close = useRef<HTMLButtonElement>(null)
  const titleId = useId()
  const sheetId = useId()

  const shut = () => {
    setOpen(false)
    toggle.current?.focus()
  }

  useEffect(() => {
    if (!open) return
    close.current?.focus()
    const overflow = document.body.style.overflow
    document.body.style.overflow = "hidden"
    return () => {
      document.body.style.overflow = overflow
    }
  }, [open])

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (!open) return
    if (e.key === "Escape") {
      e.preventDefault()
      shut()
    } else if (e.key === "Tab") {
      // Keep focus within the dialog: from its last control to its first, and back.
      const focusable = [...(sheet.current?.querySelectorAll<HTMLElement>("a[href], button:not([disabled])") ?? [])]
      const first = focusable[0]
      const last = focusable[focusable.length - 1]
      if (e.shiftKey && document.activeElement === first) {
        e.preventDefault()
        last?.focus()
      } else if (!e.shiftKey && document.activeElement === last) {
        e.preventDefault()
        first?.focus()
      }
    }
  }

  return (
    <>
      <button
        ref={toggle}
        type="button"
        aria-expanded={open}
        aria-controls={sheetId}
        onClick={() => setOpen(true)}
        className="justify-self-start rounded-full border border-lapis-800 px-4 py-1.5 text-sm font-medium text-lapis-800 md:hidden"
        data-testid="filters-toggle"
      >
        {label}
        {activeCount > 0 && (
          <span className="ml-1.5 rounded-full bg-lapis-800 px-1.5 text-xs text-white" data-testid="filters-count">
            {activeCount}
          </span>
        )}
      </button>
      <div
        ref={sheet}
        id={sheetId}
        role={open ? "dialog" : undefined}
        aria-modal={open || undefined}
        aria-labelledby={open ? titleId : undefined}
        onKeyDown={onKeyDown}
        onClick={(e) => (e.target as HTMLElement).closest("a") && setOpen(false)}
        className={
          open
            ? "fixed inset-0 z-40 overflow-y-auto bg-white p-4 md:static md:z-auto md:overflow-visible md:bg-transparent md:p-0"
            : "hidden md:block"
        }
        data-testid="filter-sheet"
      >
        {open && (
          <div className="mb-4 flex items-center justify-between md:hidden">
            <h2 id={titleId} className="text-lg font-semibold">
              {label}
            </h2>
            <button
              ref={close}
              type="button"
              onClick={shut}
              className="rounded-full border border-ink/20 px-4 py-1.5 text-sm"
              data-testid="filters-close"
            >
              {closeLabel}
            </button>
          </div>
        )}
        {children}
      </div>
    </>
  )
}
