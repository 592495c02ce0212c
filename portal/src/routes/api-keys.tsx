import { Alert, Button, Container, Heading, Input, Prompt, StatusBadge, Text, toast } from "@medusajs/ui"
import { useCallback, useEffect, useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import { Field } from "../components/form/field"
import { ErrorAlert, FormError } from "../components/form/form-error"
import { PageHeading } from "../components/layout/page-heading"
import { currentLocale } from "../i18n"
import { formatDateTime } from "../i18n/format"
import { createApiKey, listApiKeys, revokeApiKey } from "../lib/api"
import { errorFor, type ApiError } from "../lib/errors"
import { useFormSubmit } from "../lib/use-form-submit"
import type { ApiKey } from "../lib/types"
import { useSession } from "../session"

/** Keys for ERP and spreadsheet tools: they may read and write stock and prices only. Owners create and revoke them. */
export default function ApiKeys() {
  const { t } = useTranslation()
  const locale = currentLocale()
  const { me } = useSession()
  const isOwner = me?.admin.role === "owner"
  const [keys, setKeys] = useState<ApiKey[]>()
  const [error, setError] = useState<ApiError>()
  const [created, setCreated] = useState<ApiKey>()

  const load = useCallback(() => listApiKeys().then(setKeys, setError), [])
  useEffect(() => void load(), [load])

  async function revoke(key: ApiKey) {
    try {
      await revokeApiKey(key.id)
      toast.success(t("apiKeys.revoked", { title: key.title }))
      await load()
    } catch (e) {
      setError(e as ApiError)
    }
  }

  return (
    <>
      <div className="flex flex-col gap-y-1">
        <PageHeading title={t("apiKeys.title")}>{t("apiKeys.title")}</PageHeading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("apiKeys.intro")}
        </Text>
      </div>
      <ErrorAlert error={error} />
      {created?.token ? (
        <Alert variant="success" role="status" className="flex flex-col gap-y-2">
          <Text size="small" weight="plus">
            {t("apiKeys.shownOnce", { title: created.title })}
          </Text>
          <code className="bg-ui-bg-subtle break-all rounded p-2 font-mono text-sm" data-testid="api-key-token">
            {created.token}
          </code>
          <Button
            size="small"
            variant="secondary"
            className="self-start"
            onClick={() => void navigator.clipboard?.writeText(created.token!).then(() => toast.success(t("apiKeys.copied")))}
          >
            {t("apiKeys.copy")}
          </Button>
        </Alert>
      ) : null}
      {!keys ? (
        <Text role="status">{t("common.loading")}</Text>
      ) : keys.length === 0 ? (
        <Text className="text-ui-fg-subtle">{t("apiKeys.none")}</Text>
      ) : (
        <ul className="flex flex-col gap-y-2">
          {keys.map((key) => (
            <li
              key={key.id}
              className="bg-ui-bg-base shadow-elevation-card-rest flex flex-wrap items-center justify-between gap-2 rounded-lg p-4"
            >
              <div className="flex min-w-0 flex-col">
                <Text size="small" weight="plus">
                  {key.title} <code className="text-ui-fg-subtle font-mono">{key.prefix}…</code>
                </Text>
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {t("apiKeys.created", { date: formatDateTime(key.created_at, locale) })}
                  {" · "}
                  {key.last_used_at ? t("apiKeys.lastUsed", { date: formatDateTime(key.last_used_at, locale) }) : t("apiKeys.neverUsed")}
                </Text>
              </div>
              {key.revoked_at ? (
                <StatusBadge color="grey">{t("apiKeys.revokedBadge")}</StatusBadge>
              ) : isOwner ? (
                <Prompt variant="danger">
                  <Prompt.Trigger asChild>
                    <Button variant="secondary" size="small">
                      <span aria-hidden>{t("apiKeys.revoke")}</span>
                      <span className="sr-only">{t("apiKeys.revokeNamed", { title: key.title })}</span>
                    </Button>
                  </Prompt.Trigger>
                  <Prompt.Content>
                    <Prompt.Header>
                      <Prompt.Title>{t("apiKeys.revokeNamed", { title: key.title })}</Prompt.Title>
                      <Prompt.Description>{t("apiKeys.confirmRevoke")}</Prompt.Description>
                    </Prompt.Header>
                    <Prompt.Footer>
                      <Prompt.Cancel>{t("common.cancel")}</Prompt.Cancel>
                      <Prompt.Action onClick={() => void revoke(key)}>{t("apiKeys.revoke")}</Prompt.Action>
                    </Prompt.Footer>
                  </Prompt.Content>
                </Prompt>
              ) : (
                <StatusBadge color="green">{t("apiKeys.active")}</StatusBadge>
              )}
            </li>
          ))}
        </ul>
      )}
      {isOwner ? (
        <CreateKey onCreated={(key) => (setCreated(key), load())} />
      ) : (
        <Text size="small" className="text-ui-fg-subtle">
          {t("apiKeys.ownerOnly")}
        </Text>
      )}
      <Container className="flex flex-col gap-y-2 p-4">
        <Heading level="h2">{t("apiKeys.howTo")}</Heading>
        <Text size="small">{t("apiKeys.howToText")}</Text>
        <pre className="bg-ui-bg-subtle overflow-x-auto rounded p-2 font-mono text-xs">{`curl -H "Authorization: Bearer bzk_…" ${location.origin}/exporter/stock
curl -X POST -H "Authorization: Bearer bzk_…" -H "Content-Type: application/json" \\
  -d '{"updates":[{"sku":"ABC-250","stocked_quantity":40}]}' ${location.origin}/exporter/stock
curl -X POST -H "Authorization: Bearer bzk_…" -H "Content-Type: application/json" \\
  -d '{"prices":[{"sku":"ABC-250","price_cny":39}]}' ${location.origin}/exporter/prices`}</pre>
      </Container>
    </>
  )
}

const KEY_FIELDS = ["title"] as const
const focusTitle = () => "title"

function CreateKey({ onCreated }: { onCreated: (key: ApiKey) => void }) {
  const { t } = useTranslation()
  const [title, setTitle] = useState("")
  const { error, busy, submit: send } = useFormSubmit(KEY_FIELDS, focusTitle)

  async function submit(event: FormEvent) {
    event.preventDefault()
    await send(async () => {
      onCreated(await createApiKey(title.trim()))
      setTitle("")
    })
  }

  return (
    <Container className="flex flex-col gap-y-4 p-4 sm:p-6">
      <Heading level="h2">{t("apiKeys.create")}</Heading>
      <form onSubmit={submit} noValidate className="grid grid-cols-1 items-start gap-4 sm:grid-cols-[1fr_auto]">
        <div className="sm:col-span-2">
          <FormError error={error} />
        </div>
        <Field path="title" label={t("apiKeys.name")} hint={t("apiKeys.nameHint")} error={errorFor(error, "title")}>
          {(control) => <Input {...control} value={title} onChange={(e) => setTitle(e.target.value)} />}
        </Field>
        <Button type="submit" isLoading={busy} className="sm:mt-6">
          {t("apiKeys.createButton")}
        </Button>
      </form>
    </Container>
  )
}
