import { CheckCircleSolid, ExclamationCircleSolid } from "@medusajs/icons"
import { Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { currentLocale } from "../../i18n"
import type { ChecklistItem } from "../../lib/types"
import { Section } from "./section"

/** The backend's compliance checklist, each reason in the person's language; what is missing comes first. */
export function Checklist({ items, dirty }: { items: ChecklistItem[]; dirty: boolean }) {
  const { t } = useTranslation()
  const locale = currentLocale()
  const ordered = [...items].sort((a, b) => Number(a.ok) - Number(b.ok))
  return (
    <Section id="checklist" title={t("editor.sections.checklist")} intro={t("checklist.intro")}>
      {dirty ? (
        <Text size="small" className="text-ui-fg-subtle" role="status">
          {t("checklist.saveToCheck")}
        </Text>
      ) : null}
      <ul className="flex flex-col gap-y-2" data-testid="checklist">
        {ordered.map((item) => (
          <li key={item.key} className="flex items-start gap-x-2" data-key={item.key} data-ok={item.ok}>
            {item.ok ? (
              <CheckCircleSolid className="text-ui-tag-green-icon mt-0.5 shrink-0" aria-hidden />
            ) : (
              <ExclamationCircleSolid className="text-ui-tag-orange-icon mt-0.5 shrink-0" aria-hidden />
            )}
            <Text size="small">
              <span className="sr-only">{item.ok ? t("checklist.ok") : t("checklist.missing")}: </span>
              {item.message[locale] ?? item.message.en}
            </Text>
          </li>
        ))}
      </ul>
    </Section>
  )
}
