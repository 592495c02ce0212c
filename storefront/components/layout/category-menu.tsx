"use client"

import { useEffect, useId, useRef, useState } from "react"
import { Link, usePathname } from "@/i18n/navigation"

export interface MenuCategory {
  handle: string
  name: string
  /** "All dried fruit": the link to the category itself above its sub-categories. */
  allLabel: string
  children: { handle: string; name: string }[]
}

/**
 * The whole category tree behind one button, on every page and every screen: each top-level category with the
 * sub-categories to narrow by, and the exporters. The panel stays in the page when closed (hidden), so its links are
 * there for crawlers and without script; it closes with Escape (focus back on the button), a click elsewhere, or a
 * move to another page.
 */
export function CategoryMenu({ tree, toggleLabel, exportersLabel }: { tree: MenuCategory[]; toggleLabel: string; exportersLabel: string }) {
  const pathname = usePathname()
  // Open on the page where it was opened: a move to another page closes it without an effect.
  const [openOn, setOpenOn] = useState<string | null>(null)
  const open = openOn === pathname
  const setOpen = (value: boolean) => setOpenOn(value ? pathname : null)
  const root = useRef<HTMLDivElement>(null)
  const button = useRef<HTMLButtonElement>(null)
  const panelId = useId()

  useEffect(() => {
    if (!open) return
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return
      setOpenOn(null)
      button.current?.focus()
    }
    const onClick = (e: MouseEvent) => !root.current?.contains(e.target as Node) && setOpenOn(null)
    document.addEventListener("keydown", onKey)
    document.addEventListener("click", onClick)
    return () => {
      document.removeEventListener("keydown", onKey)
      document.removeEventListener("click", onClick)
    }
  }, [open])

  return (
    <div ref={root} className="relative">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
        className="flex items-center gap-1 whitespace-nowrap rounded-full bg-lapis-800 px-3 py-1 text-sm text-white"
        data-testid="category-menu-toggle"
      >
        {toggleLabel} <span aria-hidden>▾</span>
      </button>
      <div
        id={panelId}
        hidden={!open}
        className="absolute top-full left-0 z-30 mt-2 max-h-[75vh] w-[min(44rem,calc(100vw-2rem))] overflow-y-auto rounded-2xl bg-white p-4 shadow-lg ring-1 ring-ink/10"
        data-testid="category-menu"
      >
        <ul className="grid gap-4 sm:grid-cols-2 md:grid-cols-3">
          {tree.map((top) => (
            <li key={top.handle}>
              <Link
                href={`/categories/${top.handle}`}
                className="font-semibold text-lapis-800 hover:underline"
                data-testid="category-menu-link"
                onClick={() => setOpen(false)}
              >
                {top.children.length ? top.allLabel : top.name}
              </Link>
              {top.children.length > 0 && (
                <ul className="mt-1 space-y-1 text-sm">
                  {top.children.map((child) => (
                    <li key={child.handle}>
                      <Link
                        href={`/categories/${child.handle}`}
                        className="hover:underline"
                        data-testid="category-menu-link"
                        onClick={() => setOpen(false)}
                      >
                        {child.name}
                      </Link>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
        <p className="mt-4 border-t border-ink/10 pt-3 text-sm">
          <Link
            href="/exporters"
            className="font-semibold text-lapis-800 hover:underline"
            data-testid="exporters-link"
            onClick={() => setOpen(false)}
          >
            {exportersLabel}
          </Link>
        </p>
      </div>
    </div>
  )
}
