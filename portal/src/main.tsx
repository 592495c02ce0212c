import "@fontsource/inter/latin-400.css"
import "@fontsource/inter/latin-500.css"
import "@fontsource/inter/cyrillic-400.css"
import "@fontsource/inter/cyrillic-500.css"
import "./index.css"
import { lazy, StrictMode, Suspense } from "react"
import { createRoot } from "react-dom/client"
import { initI18n, onLocaleChange } from "./i18n"
import { setRequestLanguage } from "./lib/sdk"
import { PortalRoutes } from "./router"

const Toaster = lazy(() => import("./components/layout/toaster"))

onLocaleChange(setRequestLanguage)

initI18n().then(() => {
  createRoot(document.getElementById("root")!).render(
    <StrictMode>
      <PortalRoutes />
      <Suspense fallback={null}>
        <Toaster />
      </Suspense>
    </StrictMode>,
  )
})
