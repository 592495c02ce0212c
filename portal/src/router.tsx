import { lazy, Suspense } from "react"
import { BrowserRouter, Navigate, Route, Routes } from "react-router-dom"
import { AppShell } from "./components/layout/app-shell"
import { Loading } from "./components/layout/loading"
import { RequireSession } from "./session"
import { NotFound } from "./routes/not-found"

// Each screen is its own chunk: the first load carries the shell and the screen it opens on, nothing else.
// (React Router's declarative mode: half the size of its data router, whose loaders the portal does not use.)
const SignIn = lazy(() => import("./routes/sign-in"))
const AcceptInvitation = lazy(() => import("./routes/accept-invitation"))
const ForgotPassword = lazy(() => import("./routes/forgot-password"))
const ResetPassword = lazy(() => import("./routes/reset-password"))
const Listings = lazy(() => import("./routes/listings"))
const ListingEditor = lazy(() => import("./routes/listing-editor"))
const Colleagues = lazy(() => import("./routes/colleagues"))
const Account = lazy(() => import("./routes/account"))
const Spreadsheets = lazy(() => import("./routes/spreadsheets"))

export function PortalRoutes() {
  return (
    <BrowserRouter basename="/portal">
      <Suspense fallback={<Loading />}>
        <Routes>
          <Route path="/sign-in" element={<SignIn />} />
          <Route path="/accept-invitation" element={<AcceptInvitation />} />
          <Route path="/forgot-password" element={<ForgotPassword />} />
          <Route path="/reset-password" element={<ResetPassword />} />
          <Route
            element={
              <RequireSession>
                <AppShell />
              </RequireSession>
            }
          >
            <Route index element={<Navigate to="/listings" replace />} />
            <Route path="/listings" element={<Listings />} />
            <Route path="/listings/new" element={<ListingEditor key="new" />} />
            <Route path="/listings/:id" element={<ListingEditor />} />
            <Route path="/spreadsheets" element={<Spreadsheets />} />
            <Route path="/colleagues" element={<Colleagues />} />
            <Route path="/account" element={<Account />} />
            <Route path="*" element={<NotFound />} />
          </Route>
        </Routes>
      </Suspense>
    </BrowserRouter>
  )
}
