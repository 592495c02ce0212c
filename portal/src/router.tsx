import { lazy, Suspense } from "react"
import { BrowserRouter, Navigate, Outlet, Route, Routes } from "react-router-dom"
import { AppShell } from "./components/layout/app-shell"
import { Loading } from "./components/layout/loading"
import { RequireSession, useSession } from "./session"
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
const Nominations = lazy(() => import("./routes/nominations"))
const Campaigns = lazy(() => import("./routes/campaigns"))
const Campaign = lazy(() => import("./routes/campaign"))
const Reports = lazy(() => import("./routes/reports"))
const Pavilion = lazy(() => import("./routes/pavilion"))
const Events = lazy(() => import("./routes/events"))

/** The first screen: an exporter's listings, the consulate's campaigns. */
function Home() {
  const { me } = useSession()
  return <Navigate to={me?.actor === "consulate" ? "/campaigns" : "/listings"} replace />
}
/** Screens of one kind of partner: the other kind (signed in from a link to them) goes to its own first screen. */
function Only({ actor }: { actor: "exporter" | "consulate" }) {
  const { me } = useSession()
  return me?.actor === actor ? <Outlet /> : <Navigate to="/" replace />
}
const Stock = lazy(() => import("./routes/stock"))
const Sales = lazy(() => import("./routes/sales"))
const Statement = lazy(() => import("./routes/statement"))
const ApiKeys = lazy(() => import("./routes/api-keys"))
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
            <Route index element={<Home />} />
            <Route path="/account" element={<Account />} />
            <Route element={<Only actor="exporter" />}>
              <Route path="/listings" element={<Listings />} />
              <Route path="/listings/new" element={<ListingEditor key="new" />} />
              <Route path="/listings/:id" element={<ListingEditor />} />
              <Route path="/spreadsheets" element={<Spreadsheets />} />
              <Route path="/colleagues" element={<Colleagues />} />
              <Route path="/nominations" element={<Nominations />} />
              <Route path="/stock" element={<Stock />} />
              <Route path="/sales" element={<Sales />} />
              <Route path="/sales/statements/:month" element={<Statement />} />
              <Route path="/api-keys" element={<ApiKeys />} />
            </Route>
            <Route element={<Only actor="consulate" />}>
              <Route path="/campaigns" element={<Campaigns />} />
              <Route path="/campaigns/:id" element={<Campaign />} />
              <Route path="/reports" element={<Reports />} />
              <Route path="/pavilion" element={<Pavilion />} />
              <Route path="/events" element={<Events />} />
            </Route>
            <Route path="*" element={<NotFound />} />
          </Route>
        </Routes>
      </Suspense>
    </BrowserRouter>
  )
}
