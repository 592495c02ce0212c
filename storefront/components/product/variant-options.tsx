"use client"

import { useEffect, useRef, type ReactNode } from "react"

/**
 * The variant chosen last, kept outside React: choosing one changes the URL, and the product page that renders for the
 * new URL replaces the old one, focused link included.
 */
let chosen: string | null = null

/** The list of variant links; after a choice the new page puts focus back on the chosen variant, not on the page's top. */
export function VariantOptions({ children }: { children: ReactNode }) {
  const list = useRef<HTMLUListElement>(null)
  useEffect(() => {
    if (!chosen) return
    // Only once the page for the choice is here (the link is the current one), not on a render of the page it left.
    const link = list.current?.querySelector<HTMLElement>(`[data-variant-id="${CSS.escape(chosen)}"][aria-current="true"]`)
    if (!link) return
    link.focus()
    chosen = null
  })
  return (
    <ul
      ref={list}
      className="flex flex-wrap gap-2"
      onClick={(e) => {
        chosen = (e.target as HTMLElement).closest("[data-variant-id]")?.getAttribute("data-variant-id") ?? null
      }}
    >
      {children}
    </ul>
  )
}
