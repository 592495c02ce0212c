import { Badge, Input, Tabs, Textarea } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { completeness, REQUIRED_TO_GO_LIVE } from "../../lib/completeness"
import { errorFor, type ApiError } from "../../lib/errors"
import type { ContentForm } from "../../lib/listing-form"
import { CONTENT_LOCALES, type ContentLocale } from "../../lib/types"
import { Field } from "../form/field"
import { CompletenessMeter } from "./completeness-meter"
import { Section } from "./section"

/** Title, subtitle and description in Chinese, English and Russian, one tab each with its completeness. */
export function ContentSection(props: {
  content: Record<ContentLocale, ContentForm>
  onChange: (locale: ContentLocale, content: ContentForm) => void
  error?: ApiError
  tab: ContentLocale
  onTab: (locale: ContentLocale) => void
  /** What belongs to the listing in every language (its category), below the tabs. */
  children?: React.ReactNode
}) {
  const { t } = useTranslation()
  return (
    <Section id="content" title={t("editor.sections.content")}>
      <Tabs value={props.tab} onValueChange={(value) => props.onTab(value as ContentLocale)}>
        <Tabs.List aria-label={t("content.tabsLabel")} className="flex flex-wrap gap-1">
          {CONTENT_LOCALES.map((locale) => (
            <Tabs.Trigger key={locale} value={locale} className="flex items-center gap-x-2">
              <span>{t(`contentLanguages.${locale}`)}</span>
              <span className="txt-compact-xsmall text-ui-fg-subtle tabular-nums">{completeness(props.content[locale])}%</span>
            </Tabs.Trigger>
          ))}
        </Tabs.List>
        {CONTENT_LOCALES.map((locale) => {
          const content = props.content[locale]
          const set = (field: keyof ContentForm, value: string) => props.onChange(locale, { ...content, [field]: value })
          const path = (field: string) => `content.${locale}.${field}`
          return (
            <Tabs.Content key={locale} value={locale} className="flex flex-col gap-y-4 pt-4">
              <div className="flex flex-wrap items-center gap-2">
                <CompletenessMeter locale={locale} percent={completeness(content)} />
                {locale === REQUIRED_TO_GO_LIVE ? (
                  <Badge size="2xsmall" color="orange">
                    {t("content.requiredToGoLive")}
                  </Badge>
                ) : null}
              </div>
              <Field
                path={path("title")}
                label={t("content.title")}
                hint={t("content.titleHint")}
                error={errorFor(props.error, path("title"))}
              >
                {(control) => <Input {...control} lang={locale} value={content.title} onChange={(e) => set("title", e.target.value)} />}
              </Field>
              <Field path={path("subtitle")} label={t("content.subtitle")} error={errorFor(props.error, path("subtitle"))}>
                {(control) => (
                  <Input {...control} lang={locale} value={content.subtitle} onChange={(e) => set("subtitle", e.target.value)} />
                )}
              </Field>
              <Field path={path("description")} label={t("content.description")} error={errorFor(props.error, path("description"))}>
                {(control) => (
                  <Textarea
                    {...control}
                    lang={locale}
                    rows={6}
                    value={content.description}
                    onChange={(e) => set("description", e.target.value)}
                  />
                )}
              </Field>
            </Tabs.Content>
          )
        })}
      </Tabs>
      {props.children}
    </Section>
  )
}
