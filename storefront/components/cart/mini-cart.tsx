"use client"

import { useTranslations } from "next-intl"
import { useEffect, useId, useRef, useState } from "react"
import { Link } from "@/i18n/navigation"
import { Img } from "@/components/ui/img"
import type { MiniCartLine } from "@/lib/visitor"

/**
 * The cart at a glance from every page: the count links to the cart, the
 * arrow opens a panel with the lines, the subtotal and the way to checkout.
 * It opens by itself when something was just added (the count went up from a
 * known one: not when a cached page learns the count it loaded without), and
 * closes with Escape or a click elsewhere. The count is null until known.
 */
export function MiniCart({ count, lines, subtotal }: { count: number | null; lines: MiniCartLine[]; subtotal: string | null }) {
  const t = useTranslations("header")
  const [open, setOpen] = useState(false)
  const previous = useRef(count)
  const root = useRef<HTMLDivElement>(null)
  const panelId = useId()

  useEffect(() => {
    if (count !== null && previous.current !== null && count > previous.current) setOpen(true)
    previous.current = count
  }, [count])

  useEffect(() => {
    if (!open) return
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && setOpen(false)
    const onClick = (e: MouseEvent) => !root.current?.contains(e.target as Node) && setOpen(false)
    document.addEventListener("keydown", onKey)
    document.addEventListener("click", onClick)
    return () => {
      document.removeEventListener("keydown", onKey)
      document.removeEventListener("click", onClick)
    }
  }, [open])

  const shown = lines.slice(0, 4)
  return (
    <div ref={root} className="relative flex items-center">
      <Link href="/cart" className="rounded-l-full bg-lapis-800 py-1 pr-2 pl-3 text-white" data-testid="mini-cart">
        {t("cart")} <span data-testid="cart-count">{count}</span>
      </Link>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={t("miniCart.toggle")}
        onClick={() => setOpen((o) => !o)}
        className="rounded-r-full border-l border-white/30 bg-lapis-800 py-1 pr-3 pl-2 text-white"
        data-testid="mini-cart-toggle"
      >
        <span aria-hidden>▾</span>
      </button>
      {open && (
        <div
          id={panelId}
          role="region"
          aria-label={t("miniCart.title")}
          className="absolute top-full right-0 z-20 mt-2 w-80 rounded-2xl bg-white p-4 shadow-lg ring-1 ring-ink/10"
          data-testid="mini-cart-panel"
        >
          {shown.length === 0 ? (
            <p className="text-sm">{t("miniCart.empty")}</p>
          ) : (
            <>
              <ul className="space-y-3">
                {shown.map((l) => (
                  <li key={l.id} className="flex gap-3 text-sm">
                    {l.thumbnail ? (
                      <Img src={l.thumbnail} alt="" width={48} height={48} sizes="48px" className="h-12 w-12 rounded-lg object-cover" />
                    ) : (
                      <span className="h-12 w-12 rounded-lg bg-saffron-100" />
                    )}
                    <span className="flex-1">
                      <Link href={l.href} className="font-medium hover:underline" onClick={() => setOpen(false)}>
                        {l.title}
                      </Link>
                      <span className="block text-ink/70">
                        {l.variant} × {l.quantity}
                      </span>
                    </span>
                    <span>{l.total}</span>
                  </li>
                ))}
              </ul>
              {lines.length > shown.length && (
                <p className="mt-2 text-sm text-ink/70">{t("miniCart.more", { count: lines.length - shown.length })}</p>
              )}
              <p className="mt-3 flex justify-between border-t border-ink/10 pt-3 font-medium">
                <span>{t("miniCart.subtotal")}</span>
                <span data-testid="mini-cart-subtotal">{subtotal}</span>
              </p>
              <div className="mt-3 grid grid-cols-2 gap-2 text-center text-sm">
                <Link href="/cart" className="rounded-full px-3 py-2 ring-1 ring-ink/20" onClick={() => setOpen(false)}>
                  {t("miniCart.viewCart")}
                </Link>
                <Link
                  href="/checkout"
                  className="rounded-full bg-saffron-700 px-3 py-2 font-medium text-white"
                  onClick={() => setOpen(false)}
                  data-testid="mini-cart-checkout"
                >
                  {t("miniCart.checkout")}
                </Link>
              </div>
            </>
          )}
        </div>
      )}
    </div>
  )
}
