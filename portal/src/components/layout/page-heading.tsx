import { useEffect, useRef, type ReactNode } from "react"
import { useTranslation } from "react-i18next"

/**
 * A page's title: it names the browser tab and takes focus when the page opens, so a screen reader announces
 * the new page after client-side navigation (what a full page load would do).
 */
export function PageHeading({ children, title }: { children: ReactNode; title: string }) {
  const { t } = useTranslation()
  const ref = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    document.title = `${title} · ${t("app.shortName")}`
  }, [title, t])
  useEffect(() => {
    ref.current?.focus({ preventScroll: true })
  }, [])
  return (
    // Medusa UI's Heading does not take a ref: the same element with its h1 style.
    <h1 ref={ref} tabIndex={-1} className="h1-core text-ui-fg-base font-sans font-medium outline-none">
      {children}
    </h1>
  )
}
