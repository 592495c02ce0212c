import { Container, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { LanguageSelect } from "./language-select"

/**
 * The signed-out pages: one card, the language picker first so a person can read the rest, and below the card's
 * content the way to the other signed-out page a person may need (sign in, or a new password).
 */
export function AuthLayout({ children, link }: { children: ReactNode; link: { to: "/sign-in" | "/forgot-password"; label: string } }) {
  const { t } = useTranslation()
  return (
    <div className="bg-ui-bg-subtle flex min-h-dvh flex-col items-center px-4 py-8 sm:justify-center">
      <main id="main" className="flex w-full max-w-sm flex-col gap-y-4">
        <div className="flex items-center justify-between gap-x-4">
          <Text weight="plus" className="text-ui-fg-base">
            Bozor · 丝路巴扎
          </Text>
          <div className="flex items-center gap-x-2">
            <label htmlFor="language" className="sr-only">
              {t("auth.language")}
            </label>
            <LanguageSelect id="language" />
          </div>
        </div>
        <Container className="flex flex-col gap-y-6 p-6">
          {children}
          <Text size="small">
            <Link to={link.to} className="text-ui-fg-base underline underline-offset-2">
              {link.label}
            </Link>
          </Text>
        </Container>
      </main>
    </div>
  )
}
