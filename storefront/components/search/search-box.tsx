"use client"

import { useLocale, useTranslations } from "next-intl"
import { useSearchParams } from "next/navigation"
import { useEffect, useId, useRef, useState } from "react"
import { usePathname, useRouter } from "@/i18n/navigation"

type Suggestion = { handle: string; title: string; highlight: string | null }

/**
 * The search box: suggestions appear as the buyer types (a combobox the
 * keyboard can drive), Enter searches, choosing a suggestion opens the product.
 */
export function SearchBox({ initial = "" }: { initial?: string }) {
  const t = useTranslations("search")
  const locale = useLocale()
  const router = useRouter()
  const [q, setQ] = useState(initial)
  // Suggestions answer typing: a box that opens on a results page already showing its query suggests nothing yet.
  const [typed, setTyped] = useState(false)
  const [items, setItems] = useState<Suggestion[]>([])
  const [active, setActive] = useState(-1)
  const listId = useId()
  const latest = useRef(0)

  useEffect(() => {
    const query = q.trim()
    if (!query || !typed) {
      // Clearing the box clears the suggestions at once; only a typed query waits for the network.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setItems([])
      return
    }
    const ticket = ++latest.current
    const timer = setTimeout(async () => {
      const res = await fetch(`/api/suggest?locale=${encodeURIComponent(locale)}&q=${encodeURIComponent(query)}`).catch(() => null)
      const json = res?.ok ? await res.json() : { suggestions: [] }
      if (ticket === latest.current) {
        setItems(json.suggestions)
        setActive(-1)
      }
    }, 120)
    return () => clearTimeout(timer)
  }, [q, typed, locale])

  const go = (index: number) => {
    const item = items[index]
    setItems([])
    if (item) router.push(`/products/${item.handle}`)
    else if (q.trim()) router.push({ pathname: "/search", query: { q: q.trim() } })
  }

  return (
    <form
      role="search"
      className="relative w-full max-w-md"
      onSubmit={(e) => {
        e.preventDefault()
        go(active)
      }}
    >
      <label htmlFor="site-search" className="sr-only">
        {t("label")}
      </label>
      <input
        id="site-search"
        type="search"
        value={q}
        maxLength={200}
        onChange={(e) => {
          setQ(e.target.value)
          setTyped(true)
        }}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") setActive((a) => Math.min(items.length - 1, a + 1))
          else if (e.key === "ArrowUp") setActive((a) => Math.max(-1, a - 1))
          else if (e.key === "Escape") setItems([])
          else return
          e.preventDefault()
        }}
        placeholder={t("placeholder")}
        role="combobox"
        aria-expanded={items.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={active >= 0 ? `${listId}-${active}` : undefined}
        autoComplete="off"
        className="w-full rounded-full border border-ink/20 bg-white px-4 py-2 text-sm"
        data-testid="search-input"
      />
      {items.length > 0 && (
        <ul
          id={listId}
          role="listbox"
          className="absolute z-20 mt-1 w-full overflow-hidden rounded-xl bg-white shadow-lg ring-1 ring-ink/10"
          data-testid="suggestions"
        >
          {items.map((item, i) => (
            <li
              key={item.handle}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => {
                e.preventDefault()
                go(i)
              }}
              className={`cursor-pointer px-4 py-2 text-sm ${i === active ? "bg-saffron-100" : ""}`}
              data-testid="suggestion"
            >
              {item.title}
            </li>
          ))}
        </ul>
      )}
    </form>
  )
}

/**
 * The header's search box. On a results page it shows the query those results are for, however the page was reached
 * (a link, the next page, the language switch), and starts afresh when the query changes.
 */
export function HeaderSearchBox() {
  const pathname = usePathname()
  const q = useSearchParams()?.get("q") ?? ""
  const shown = pathname === "/search" ? q : ""
  return <SearchBox key={shown} initial={shown} />
}
