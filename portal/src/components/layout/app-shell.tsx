import { Button, Text } from "@medusajs/ui"
import { Suspense } from "react"
import { NavLink, Outlet } from "react-router-dom"
import { useTranslation } from "react-i18next"
import { useSession } from "../../session"
import { Loading } from "./loading"

/** Each partner's screens: an exporter's listings, stock, sales and people; the consulate's campaigns and reports. */
const LINKS = {
  exporter: [
    { to: "/listings", key: "nav.listings" },
    { to: "/stock", key: "nav.stock" },
    { to: "/sales", key: "nav.sales" },
    { to: "/spreadsheets", key: "nav.spreadsheets" },
    { to: "/nominations", key: "nav.nominations" },
    { to: "/colleagues", key: "nav.colleagues" },
    { to: "/account", key: "nav.account" },
  ],
  consulate: [
    { to: "/campaigns", key: "nav.campaigns" },
    { to: "/pavilion", key: "nav.pavilion" },
    { to: "/events", key: "nav.events" },
    { to: "/reports", key: "nav.reports" },
    { to: "/account", key: "nav.account" },
  ],
} as const

/** The signed-in frame: skip link, company name, navigation and sign-out; the page below. */
export function AppShell() {
  const { t } = useTranslation()
  const { me, signOut } = useSession()
  return (
    <div className="bg-ui-bg-subtle min-h-dvh print:bg-white">
      <a
        href="#main"
        className="bg-ui-bg-base txt-compact-small-plus sr-only z-50 rounded-md p-2 focus:not-sr-only focus:fixed focus:left-2 focus:top-2"
      >
        {t("nav.skipToContent")}
      </a>
      <header className="bg-ui-bg-base border-ui-border-base border-b print:hidden">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
          <div className="order-1 flex min-w-0 flex-col">
            <Text weight="plus" size="small" className="text-ui-fg-base">
              Bozor · 丝路巴扎
            </Text>
            <Text size="xsmall" className="text-ui-fg-subtle truncate">
              {me?.exporter.name}
            </Text>
          </div>
          <Button variant="secondary" size="small" className="order-2 sm:order-3" onClick={() => void signOut()}>
            {t("nav.signOut")}
          </Button>
          <nav aria-label={t("nav.main")} className="order-3 w-full sm:order-2 sm:ml-auto sm:w-auto">
            {/* Up to six places: on a phone the row scrolls sideways rather than wrapping under the buttons. */}
            <ul className="-mx-1 flex gap-x-1 overflow-x-auto">
              {LINKS[me?.actor ?? "exporter"].map((link) => (
                <li key={link.to}>
                  <NavLink
                    to={link.to}
                    className={({ isActive }) =>
                      `txt-compact-small-plus inline-flex min-h-10 items-center whitespace-nowrap rounded-md px-3 ${
                        isActive ? "bg-ui-bg-base-pressed text-ui-fg-base" : "text-ui-fg-subtle hover:text-ui-fg-base"
                      }`
                    }
                  >
                    {t(link.key)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto flex max-w-5xl flex-col gap-y-4 px-4 py-6 outline-none">
        {/* The frame stays while the next screen's chunk loads. */}
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  )
}
