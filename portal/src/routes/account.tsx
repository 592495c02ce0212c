import { Badge, Button, Container, Input, Text, toast } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import { Field } from "../components/form/field"
import { FormError } from "../components/form/form-error"
import { LanguageSelect } from "../components/layout/language-select"
import { PageHeading } from "../components/layout/page-heading"
import { currentLocale } from "../i18n"
import { updateMe } from "../lib/api"
import { errorFor, type ApiError } from "../lib/errors"
import { useFormSubmit } from "../lib/use-form-submit"
import { useSession } from "../session"

const ACCOUNT_FIELDS = ["first_name", "last_name", "locale"] as const

/** The person's name and portal language; the language applies at once and is kept on the account. */
export default function Account() {
  const { t } = useTranslation()
  const { me, setMe } = useSession()
  const [firstName, setFirstName] = useState(me?.admin.first_name ?? "")
  const [lastName, setLastName] = useState(me?.admin.last_name ?? "")
  const { error, setError, busy, submit: send } = useFormSubmit(ACCOUNT_FIELDS)

  async function submit(event: FormEvent) {
    event.preventDefault()
    const saved = await send(async () =>
      setMe(await updateMe({ first_name: firstName.trim(), last_name: lastName.trim(), locale: currentLocale() })),
    )
    if (saved) toast.success(t("account.saved"))
  }

  async function changeLanguage() {
    try {
      setMe(await updateMe({ locale: currentLocale() }))
    } catch (e) {
      setError(e as ApiError)
    }
  }

  if (!me) return null
  // The consulate's staff are not an exporter's colleagues: no verification, no owner or member.
  const consulate = me.actor === "consulate"
  return (
    <>
      <PageHeading title={t("account.title")}>{t("account.title")}</PageHeading>
      <Container className="flex flex-col gap-y-2 p-4 sm:p-6">
        <Text size="small" className="text-ui-fg-subtle">
          {consulate ? t("account.organisation") : t("account.company")}
        </Text>
        <div className="flex flex-wrap items-center gap-2">
          <Text weight="plus">{me.exporter.name}</Text>
          {consulate ? null : (
            <Badge size="2xsmall" color={me.exporter.verified ? "green" : "grey"}>
              {me.exporter.verified ? t("account.verified") : t("account.notVerified")}
            </Badge>
          )}
        </div>
        <Text size="small" className="text-ui-fg-subtle break-all">
          {me.admin.email} · {consulate ? t("account.consulateStaff") : t(`colleagues.${me.admin.role}`)}
        </Text>
      </Container>
      <Container className="p-4 sm:p-6">
        <form onSubmit={submit} noValidate className="flex max-w-md flex-col gap-y-4">
          <FormError error={error} />
          <Field path="first_name" label={t("auth.firstName")} error={errorFor(error, "first_name")}>
            {(control) => <Input {...control} autoComplete="given-name" value={firstName} onChange={(e) => setFirstName(e.target.value)} />}
          </Field>
          <Field path="last_name" label={t("auth.lastName")} error={errorFor(error, "last_name")}>
            {(control) => <Input {...control} autoComplete="family-name" value={lastName} onChange={(e) => setLastName(e.target.value)} />}
          </Field>
          <Field path="locale" label={t("account.language")} error={errorFor(error, "locale")}>
            {(control) => <LanguageSelect id={control.id} onChange={() => void changeLanguage()} />}
          </Field>
          <div>
            <Button type="submit" isLoading={busy}>
              {t("common.save")}
            </Button>
          </div>
        </form>
      </Container>
    </>
  )
}
