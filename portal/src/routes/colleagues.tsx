import { Alert, Button, Container, Heading, Input, Prompt, Table, Text, toast } from "@medusajs/ui"
import { useCallback, useEffect, useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import { Field, NativeSelect } from "../components/form/field"
import { ErrorAlert, FormError } from "../components/form/form-error"
import { PageHeading } from "../components/layout/page-heading"
import { currentLocale } from "../i18n"
import { formatDate } from "../i18n/format"
import { inviteColleague, listColleagues, removeColleague } from "../lib/api"
import { errorFor, type ApiError } from "../lib/errors"
import { useFormSubmit } from "../lib/use-form-submit"
import type { Colleague, PendingInvitation } from "../lib/types"
import { useSession } from "../session"

const personName = (c: Colleague) => [c.first_name, c.last_name].filter(Boolean).join(" ") || c.email

/** The company's people: everyone sees them; an owner invites and removes (never themselves). */
export default function Colleagues() {
  const { t } = useTranslation()
  const locale = currentLocale()
  const { me } = useSession()
  const isOwner = me?.admin.role === "owner"
  const [data, setData] = useState<{ colleagues: Colleague[]; invitations: PendingInvitation[] }>()
  const [loadError, setLoadError] = useState<ApiError>()
  const [removeError, setRemoveError] = useState<ApiError>()

  const load = useCallback(() => listColleagues().then(setData, setLoadError), [])
  useEffect(() => void load(), [load])

  async function remove(colleague: Colleague) {
    setRemoveError(undefined)
    try {
      await removeColleague(colleague.id)
      toast.success(t("colleagues.removed", { name: personName(colleague) }))
      await load()
    } catch (e) {
      setRemoveError(e as ApiError)
    }
  }

  return (
    <>
      <div className="flex flex-col gap-y-1">
        <PageHeading title={t("colleagues.title")}>{t("colleagues.title")}</PageHeading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("colleagues.intro", { exporter: me?.exporter.name ?? "" })}
        </Text>
      </div>
      <ErrorAlert error={loadError} />
      {removeError ? (
        <Alert variant="error" role="alert">
          {removeError.message}
        </Alert>
      ) : null}
      {data ? (
        <div className="bg-ui-bg-base shadow-elevation-card-rest overflow-x-auto rounded-lg">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("colleagues.name")}</Table.HeaderCell>
                <Table.HeaderCell className="hidden sm:table-cell">{t("colleagues.email")}</Table.HeaderCell>
                <Table.HeaderCell>{t("colleagues.role")}</Table.HeaderCell>
                {isOwner ? (
                  <Table.HeaderCell>
                    <span className="sr-only">{t("common.remove")}</span>
                  </Table.HeaderCell>
                ) : null}
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.colleagues.map((colleague) => {
                const self = colleague.id === me?.admin.id
                return (
                  <Table.Row key={colleague.id}>
                    <Table.Cell>
                      <div className="flex flex-col py-2">
                        <span>
                          {personName(colleague)} {self ? <span className="text-ui-fg-subtle">({t("colleagues.you")})</span> : null}
                        </span>
                        <span className="txt-compact-xsmall text-ui-fg-subtle break-all sm:hidden">{colleague.email}</span>
                      </div>
                    </Table.Cell>
                    <Table.Cell className="hidden sm:table-cell">{colleague.email}</Table.Cell>
                    <Table.Cell>{t(`colleagues.${colleague.role}`)}</Table.Cell>
                    {isOwner ? (
                      <Table.Cell className="text-right">
                        {self ? null : (
                          <Prompt variant="danger">
                            <Prompt.Trigger asChild>
                              <Button variant="transparent" size="small">
                                <span aria-hidden>{t("common.remove")}</span>
                                <span className="sr-only">{t("colleagues.remove", { name: personName(colleague) })}</span>
                              </Button>
                            </Prompt.Trigger>
                            <Prompt.Content>
                              <Prompt.Header>
                                <Prompt.Title>{t("colleagues.remove", { name: personName(colleague) })}</Prompt.Title>
                                <Prompt.Description>{t("colleagues.confirmRemove", { name: personName(colleague) })}</Prompt.Description>
                              </Prompt.Header>
                              <Prompt.Footer>
                                <Prompt.Cancel>{t("common.cancel")}</Prompt.Cancel>
                                <Prompt.Action onClick={() => void remove(colleague)}>{t("common.remove")}</Prompt.Action>
                              </Prompt.Footer>
                            </Prompt.Content>
                          </Prompt>
                        )}
                      </Table.Cell>
                    ) : null}
                  </Table.Row>
                )
              })}
            </Table.Body>
          </Table>
        </div>
      ) : !loadError ? (
        <Text role="status">{t("common.loading")}</Text>
      ) : null}

      {data?.invitations.length ? (
        <Container className="flex flex-col gap-y-2 p-4">
          <Heading level="h2">{t("colleagues.pending")}</Heading>
          <ul className="flex flex-col gap-y-1">
            {data.invitations.map((invitation) => (
              <li key={invitation.id} className="txt-compact-small flex flex-wrap gap-x-2">
                <span className="break-all">{invitation.email}</span>
                <span className="text-ui-fg-subtle">
                  {t(`colleagues.${invitation.role}`)} · {t("colleagues.expires", { date: formatDate(invitation.expires_at, locale) })}
                </span>
              </li>
            ))}
          </ul>
        </Container>
      ) : null}

      {isOwner ? (
        <InviteForm onInvited={load} />
      ) : (
        <Text size="small" className="text-ui-fg-subtle">
          {t("colleagues.ownerOnly")}
        </Text>
      )}
    </>
  )
}

const INVITE_FIELDS = ["email", "role"] as const
const focusEmail = () => "email"

function InviteForm({ onInvited }: { onInvited: () => Promise<unknown> }) {
  const { t } = useTranslation()
  const [email, setEmail] = useState("")
  const [role, setRole] = useState<"owner" | "member">("member")
  const { error, busy, submit: send } = useFormSubmit(INVITE_FIELDS, focusEmail)

  async function submit(event: FormEvent) {
    event.preventDefault()
    await send(async () => {
      await inviteColleague({ email: email.trim(), role })
      toast.success(t("colleagues.invited", { email: email.trim() }))
      setEmail("")
      await onInvited()
    })
  }

  return (
    <Container className="flex flex-col gap-y-4 p-4 sm:p-6">
      <Heading level="h2">{t("colleagues.invite")}</Heading>
      <form onSubmit={submit} noValidate className="grid grid-cols-1 items-start gap-4 sm:grid-cols-[2fr_1fr_auto]">
        <div className="sm:col-span-3">
          <FormError error={error} />
        </div>
        <Field path="email" label={t("colleagues.email")} error={errorFor(error, "email")}>
          {(control) => <Input {...control} type="email" autoComplete="off" value={email} onChange={(e) => setEmail(e.target.value)} />}
        </Field>
        <Field path="role" label={t("colleagues.role")} error={errorFor(error, "role")}>
          {(control) => (
            <NativeSelect {...control} value={role} onChange={(e) => setRole(e.target.value as "owner" | "member")}>
              <option value="member">{t("colleagues.member")}</option>
              <option value="owner">{t("colleagues.owner")}</option>
            </NativeSelect>
          )}
        </Field>
        <Button type="submit" isLoading={busy} className="sm:mt-6">
          {t("colleagues.send")}
        </Button>
      </form>
    </Container>
  )
}
