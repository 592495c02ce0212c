import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Badge, Button, Container, Heading, Input, Label, Select, Switch, Table, Text, toast } from "@medusajs/ui"
import { Fragment, useCallback, useEffect, useState } from "react"
import { ORIGIN_REGIONS } from "../../../modules/trade/constants"
import { InvitationLocaleSelect } from "../../components/invitation-locale-select"
import { adminApi } from "../../lib/api"

type ExporterRow = {
  id: string
  handle: string
  name: string
  region: string
  city: string
  contact_email: string
  verified: boolean
  suspended: boolean
  suspension_reason: string | null
  /** Percent of net sales, shown on the exporter's monthly statements. */
  commission_rate: number
  people: number
}

type ExporterDetail = ExporterRow & {
  people: { id: string; email: string; first_name: string | null; last_name: string | null; role: string; locale: string }[]
  invitations: { id: string; email: string; role: string; locale: string; expires_at: string }[]
}

/** A new exporter: the profile operators onboard before inviting its people. */
function NewExporterForm({ onCreated }: { onCreated: () => void }) {
  const [form, setForm] = useState({ handle: "", name: "", region: "fergana", city: "", contact_email: "", contact_phone: "" })
  const [busy, setBusy] = useState(false)
  const set = (field: keyof typeof form) => (e: React.ChangeEvent<HTMLInputElement>) => setForm({ ...form, [field]: e.target.value })
  const submit = async (e: React.FormEvent) => {
    e.preventDefault()
    setBusy(true)
    try {
      await adminApi("/admin/exporters", { method: "POST", body: form })
      toast.success(`${form.name} created: invite its owner next.`)
      setForm({ handle: "", name: "", region: "fergana", city: "", contact_email: "", contact_phone: "" })
      onCreated()
    } catch (err) {
      toast.error((err as Error).message)
    } finally {
      setBusy(false)
    }
  }
  return (
    <form onSubmit={submit} className="grid grid-cols-1 gap-3 px-6 py-4 md:grid-cols-3" aria-label="New exporter">
      {(["name", "handle", "city", "contact_email", "contact_phone"] as const).map((field) => (
        <div key={field} className="flex flex-col gap-1">
          <Label htmlFor={`new-${field}`}>{field.replace("_", " ")}</Label>
          <Input id={`new-${field}`} value={form[field]} onChange={set(field)} required />
        </div>
      ))}
      <div className="flex flex-col gap-1">
        <Label htmlFor="new-region">region</Label>
        <Select value={form.region} onValueChange={(region) => setForm({ ...form, region })}>
          <Select.Trigger id="new-region">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {ORIGIN_REGIONS.map((r) => (
              <Select.Item key={r} value={r}>
                {r}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
      <div className="md:col-span-3">
        <Button type="submit" isLoading={busy}>
          Create exporter
        </Button>
      </div>
    </form>
  )
}

/** One exporter's people and open invitations, and the form that invites a person. */
function People({ exporter, onChange }: { exporter: ExporterRow; onChange: () => void }) {
  const [detail, setDetail] = useState<ExporterDetail | null>(null)
  const [invite, setInvite] = useState({ email: "", role: "owner", locale: "uz" })
  const load = useCallback(
    () => adminApi<{ exporter: ExporterDetail }>(`/admin/exporters/${exporter.id}`).then((r) => setDetail(r.exporter)),
    [exporter.id],
  )
  useEffect(() => {
    load().catch((e) => toast.error(e.message))
  }, [load])
  const send = async (e: React.FormEvent) => {
    e.preventDefault()
    try {
      await adminApi(`/admin/exporters/${exporter.id}/invitations`, { method: "POST", body: invite })
      toast.success(`Invitation e-mailed to ${invite.email}.`)
      setInvite({ ...invite, email: "" })
      await load()
      onChange()
    } catch (err) {
      toast.error((err as Error).message)
    }
  }
  const remove = async (personId: string, email: string) => {
    if (!window.confirm(`Remove ${email}? Their sign-in stops reaching the portal at once.`)) return
    try {
      await adminApi(`/admin/exporters/${exporter.id}/people/${personId}`, { method: "DELETE" })
      await load()
      onChange()
    } catch (err) {
      toast.error((err as Error).message)
    }
  }
  return (
    <div className="flex flex-col gap-3 bg-ui-bg-subtle px-6 py-4">
      <Text size="small" weight="plus">
        People
      </Text>
      {detail?.people.length ? (
        <ul className="flex flex-col gap-1">
          {detail.people.map((p) => (
            <li key={p.id} className="flex items-center gap-2">
              <Text size="small">
                {[p.first_name, p.last_name].filter(Boolean).join(" ") || "—"} · {p.email}
              </Text>
              <Badge size="2xsmall">{p.role}</Badge>
              <Badge size="2xsmall" color="grey">
                {p.locale}
              </Badge>
              <Button size="small" variant="transparent" onClick={() => remove(p.id, p.email)}>
                Remove
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <Text size="small" className="text-ui-fg-subtle">
          No one signs in for this exporter yet.
        </Text>
      )}
      {detail?.invitations.length ? (
        <Text size="small" className="text-ui-fg-subtle">
          Open invitations:{" "}
          {detail.invitations.map((i) => `${i.email} (${i.role}, until ${new Date(i.expires_at).toLocaleDateString()})`).join(", ")}
        </Text>
      ) : null}
      <form onSubmit={send} className="flex flex-wrap items-end gap-2" aria-label={`Invite a person to ${exporter.name}`}>
        <div className="flex flex-col gap-1">
          <Label htmlFor={`invite-${exporter.id}`}>E-mail</Label>
          <Input
            id={`invite-${exporter.id}`}
            type="email"
            value={invite.email}
            onChange={(e) => setInvite({ ...invite, email: e.target.value })}
            required
          />
        </div>
        <Select value={invite.role} onValueChange={(role) => setInvite({ ...invite, role })}>
          <Select.Trigger aria-label="Role">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value="owner">owner</Select.Item>
            <Select.Item value="member">member</Select.Item>
          </Select.Content>
        </Select>
        <InvitationLocaleSelect
          value={invite.locale}
          onChange={(locale) => setInvite({ ...invite, locale })}
          label="Language of the e-mail"
        />
        <Button type="submit" size="small">
          Invite
        </Button>
      </form>
    </div>
  )
}

/** Operators onboard exporters: create them, invite their people, verify them, suspend them. */
const ExportersPage = () => {
  const [exporters, setExporters] = useState<ExporterRow[]>([])
  const [open, setOpen] = useState<string | null>(null)
  const [creating, setCreating] = useState(false)
  const load = useCallback(() => adminApi<{ exporters: ExporterRow[] }>("/admin/exporters").then((r) => setExporters(r.exporters)), [])
  useEffect(() => {
    load().catch((e) => toast.error(e.message))
  }, [load])

  const setVerified = async (e: ExporterRow, verified: boolean) => {
    try {
      await adminApi(`/admin/exporters/${e.id}`, { method: "POST", body: { verified } })
      await load()
    } catch (err) {
      toast.error((err as Error).message)
    }
  }
  const setCommission = async (e: ExporterRow, value: string) => {
    const commission_rate = Number(value)
    if (value.trim() === "" || commission_rate === e.commission_rate) return
    try {
      await adminApi(`/admin/exporters/${e.id}`, { method: "POST", body: { commission_rate } })
      toast.success(`${e.name}: commission ${commission_rate} %`)
      await load()
    } catch (err) {
      toast.error((err as Error).message)
    }
  }
  const toggleSuspension = async (e: ExporterRow) => {
    try {
      if (e.suspended) await adminApi(`/admin/exporters/${e.id}/unsuspend`, { method: "POST" })
      else {
        const reason = window.prompt(`Suspend ${e.name}? Its people are refused in the portal at once. Reason (kept in the audit log):`)
        if (reason === null) return
        await adminApi(`/admin/exporters/${e.id}/suspend`, { method: "POST", body: reason ? { reason } : {} })
      }
      await load()
    } catch (err) {
      toast.error((err as Error).message)
    }
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h1">Exporters</Heading>
        <Button variant="secondary" size="small" onClick={() => setCreating(!creating)}>
          {creating ? "Close" : "New exporter"}
        </Button>
      </div>
      {creating && <NewExporterForm onCreated={() => (setCreating(false), load())} />}
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Exporter</Table.HeaderCell>
            <Table.HeaderCell>Region</Table.HeaderCell>
            <Table.HeaderCell>People</Table.HeaderCell>
            <Table.HeaderCell>Verified</Table.HeaderCell>
            <Table.HeaderCell>Commission %</Table.HeaderCell>
            <Table.HeaderCell>Status</Table.HeaderCell>
            <Table.HeaderCell />
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {exporters.map((e) => (
            <Fragment key={e.id}>
              <Table.Row>
                <Table.Cell>
                  <div className="flex flex-col">
                    <Text size="small" weight="plus">
                      {e.name}
                    </Text>
                    <Text size="xsmall" className="text-ui-fg-subtle">
                      {e.handle} · {e.contact_email}
                    </Text>
                  </div>
                </Table.Cell>
                <Table.Cell>
                  {e.region} · {e.city}
                </Table.Cell>
                <Table.Cell>{e.people}</Table.Cell>
                <Table.Cell>
                  <Switch checked={e.verified} onCheckedChange={(v) => setVerified(e, v)} aria-label={`${e.name} verified`} />
                </Table.Cell>
                <Table.Cell>
                  <Input
                    key={`${e.id}-${e.commission_rate}`}
                    type="number"
                    size="small"
                    min={0}
                    max={50}
                    step={0.01}
                    defaultValue={e.commission_rate}
                    className="w-20"
                    aria-label={`${e.name} commission in percent`}
                    onBlur={(ev) => setCommission(e, ev.target.value)}
                    onKeyDown={(ev) => ev.key === "Enter" && (ev.currentTarget as HTMLInputElement).blur()}
                  />
                </Table.Cell>
                <Table.Cell>
                  {e.suspended ? (
                    <Badge color="red" title={e.suspension_reason ?? undefined}>
                      Suspended
                    </Badge>
                  ) : (
                    <Badge color="green">Active</Badge>
                  )}
                </Table.Cell>
                <Table.Cell className="flex gap-2">
                  <Button size="small" variant="secondary" onClick={() => setOpen(open === e.id ? null : e.id)}>
                    {open === e.id ? "Hide people" : "People"}
                  </Button>
                  <Button size="small" variant={e.suspended ? "secondary" : "danger"} onClick={() => toggleSuspension(e)}>
                    {e.suspended ? "Lift suspension" : "Suspend"}
                  </Button>
                </Table.Cell>
              </Table.Row>
              {open === e.id && (
                <Table.Row>
                  <td colSpan={7} className="p-0">
                    <People exporter={e} onChange={load} />
                  </td>
                </Table.Row>
              )}
            </Fragment>
          ))}
        </Table.Body>
      </Table>
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Exporters" })

export default ExportersPage
