import { createBrowserRouter, Navigate } from "react-router-dom"
import { AppShell } from "./components/layout/app-shell"
import { RequireSession } from "./session"
import { NotFound } from "./routes/not-found"

/** Each screen is its own chunk: the first load carries the shell and the screen it opens on, nothing else. */
const screen = (load: () => Promise<{ default: React.ComponentType }>) => async () => ({ Component: (await load()).default })

export const router = createBrowserRouter(
  [
    { path: "/sign-in", lazy: screen(() => import("./routes/sign-in")) },
    { path: "/accept-invitation", lazy: screen(() => import("./routes/accept-invitation")) },
    { path: "/forgot-password", lazy: screen(() => import("./routes/forgot-password")) },
    { path: "/reset-password", lazy: screen(() => import("./routes/reset-password")) },
    {
      element: (
        <RequireSession>
          <AppShell />
        </RequireSession>
      ),
      children: [
        { index: true, element: <Navigate to="/listings" replace /> },
        { path: "/listings", lazy: screen(() => import("./routes/listings")) },
        { path: "/listings/new", lazy: screen(() => import("./routes/listing-editor")) },
        { path: "/listings/:id", lazy: screen(() => import("./routes/listing-editor")) },
        { path: "/colleagues", lazy: screen(() => import("./routes/colleagues")) },
        { path: "/account", lazy: screen(() => import("./routes/account")) },
        { path: "*", element: <NotFound /> },
      ],
    },
  ],
  { basename: "/portal" }
)
