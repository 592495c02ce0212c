import { Alert, Button, Text } from "@medusajs/ui"
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { Navigate, useLocation, useNavigate } from "react-router-dom"
import { getMe, signOut as endSession } from "./lib/api"
import type { ApiError } from "./lib/errors"
import type { Me } from "./lib/types"
import { currentLocale, isUiLocale, setLocale } from "./i18n"

interface Session {
  me: Me | undefined
  refresh: () => Promise<void>
  setMe: (me: Me) => void
  signOut: () => Promise<void>
}

const SessionContext = createContext<Session | null>(null)

export function useSession(): Session {
  const session = useContext(SessionContext)
  if (!session) throw new Error("useSession outside <RequireSession>")
  return session
}

/**
 * The signed-in part of the portal: who is signed in comes from GET /exporter/me, never from storage. Without a
 * session the person goes to sign-in and comes back here after; a suspended company is told so.
 */
export function RequireSession({ children }: { children: ReactNode }) {
  const { t } = useTranslation()
  const location = useLocation()
  const navigate = useNavigate()
  const [me, setMe] = useState<Me>()
  const [error, setError] = useState<ApiError>()

  const refresh = useCallback(async () => {
    try {
      const next = await getMe()
      setMe(next)
      setError(undefined)
      // The account's language follows the person from device to device.
      if (isUiLocale(next.admin.locale) && next.admin.locale !== currentLocale()) await setLocale(next.admin.locale)
    } catch (e) {
      setError(e as ApiError)
    }
  }, [])

  useEffect(() => {
    void refresh()
  }, [refresh])

  const signOut = useCallback(async () => {
    await endSession().catch(() => undefined)
    setMe(undefined)
    navigate("/sign-in", { replace: true })
  }, [navigate])

  if (error?.status === 401) {
    const next = `${location.pathname}${location.search}`
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />
  }
  if (error) {
    return (
      <div className="mx-auto flex max-w-md flex-col gap-y-4 px-4 py-16">
        <Alert variant="error" role="alert">
          {error.status === 403 ? error.message || t("auth.suspended") : error.status ? error.message : t("common.networkError")}
        </Alert>
        <div className="flex gap-x-2">
          <Button variant="secondary" onClick={() => void refresh()}>
            {t("common.retry")}
          </Button>
          <Button variant="transparent" onClick={() => void signOut()}>
            {t("nav.signOut")}
          </Button>
        </div>
      </div>
    )
  }
  if (!me) {
    return (
      <Text className="text-ui-fg-subtle p-8" role="status">
        {t("common.loading")}
      </Text>
    )
  }
  return <SessionContext.Provider value={{ me, refresh, setMe, signOut }}>{children}</SessionContext.Provider>
}
