import { Container, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { LanguageSelect } from "./language-select"

/** The signed-out pages: one card, the language picker first so a person can read the rest. */
export function AuthLayout({ children }: { children: ReactNode }) {
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
        <Container className="flex flex-col gap-y-6 p-6">{children}</Container>
      </main>
    </div>
  )
}
