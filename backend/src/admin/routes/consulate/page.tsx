import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Badge, Button, Container, Heading, Input, Label, Table, Text, toast } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { AuditTrail } from "../../components/audit-trail"
import { InvitationLocaleSelect } from "../../components/invitation-locale-select"
import { adminApi } from "../../lib/api"

type Staff = {
  id: string
  email: string
  first_name: string | null
  last_name: string | null
  locale: string
  suspended: boolean
  suspension_reason: string | null
}
type Invitation = { id: string; email: string; locale: string; expires_at: string }

/**
 * The consulate's staff, for operators: invite a member (the only way in to the consulate's console in the partner
 * portal), suspend or restore one; and what staff have done, from the audit log.
 */
const ConsulatePage = () => {
  const [data, setData] = useState<{ staff: Staff[]; invitations: Invitation[] }>()
  const [invite, setInvite] = useState({ email: "", locale: "ru" })
  const load = useCallback(() => adminApi("/admin/consulate/staff").then(setData, (e: Error) => toast.error(e.message)), [])
  useEffect(() => void load(), [load])

  const act = async (call: () => Promise<unknown>, done: string) => {
    try {
      await call()
      toast.success(done)
      await load()
    } catch (e) {
      toast.error((e as Error).message)
    }
  }

  return (
    <Container className="flex flex-col gap-y-4 p-6">
      <Heading>Consulate staff</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        Staff of the Consulate General run campaigns, promotions and reports in the partner portal (/portal), never here.
      </Text>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Person</Table.HeaderCell>
            <Table.HeaderCell>Language</Table.HeaderCell>
            <Table.HeaderCell>State</Table.HeaderCell>
            <Table.HeaderCell />
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {data?.staff.map((s) => (
            <Table.Row key={s.id}>
              <Table.Cell>
                {[s.first_name, s.last_name].filter(Boolean).join(" ") || s.email} · {s.email}
              </Table.Cell>
              <Table.Cell>{s.locale}</Table.Cell>
              <Table.Cell>
                <Badge color={s.suspended ? "red" : "green"}>
                  {s.suspended ? `Suspended${s.suspension_reason ? `: ${s.suspension_reason}` : ""}` : "Active"}
                </Badge>
              </Table.Cell>
              <Table.Cell>
                <Button
                  size="small"
                  variant="secondary"
                  onClick={() =>
                    void act(
                      () =>
                        adminApi(`/admin/consulate/staff/${s.id}/${s.suspended ? "unsuspend" : "suspend"}`, { method: "POST", body: {} }),
                      s.suspended ? "Restored" : "Suspended",
                    )
                  }
                >
                  {s.suspended ? "Restore" : "Suspend"}
                </Button>
              </Table.Cell>
            </Table.Row>
          ))}
          {data?.invitations.map((i) => (
            <Table.Row key={i.id}>
              <Table.Cell>{i.email}</Table.Cell>
              <Table.Cell>{i.locale}</Table.Cell>
              <Table.Cell>
                <Badge color="blue">Invited until {new Date(i.expires_at).toLocaleDateString()}</Badge>
              </Table.Cell>
              <Table.Cell />
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <form
        className="flex flex-wrap items-end gap-3"
        onSubmit={(e) => {
          e.preventDefault()
          void act(
            () => adminApi("/admin/consulate/invitations", { method: "POST", body: invite }),
            `Invitation sent to ${invite.email}`,
          ).then(() => setInvite({ ...invite, email: "" }))
        }}
      >
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="consulate-invite-email">E-mail</Label>
          <Input
            id="consulate-invite-email"
            type="email"
            value={invite.email}
            onChange={(e) => setInvite({ ...invite, email: e.target.value })}
          />
        </div>
        <div className="w-40">
          <InvitationLocaleSelect
            value={invite.locale}
            onChange={(locale) => setInvite({ ...invite, locale })}
            label="Language of the invitation"
          />
        </div>
        <Button type="submit">Invite</Button>
      </form>
      <Heading level="h2">What staff have done</Heading>
      <AuditTrail filter={{ scope_id: "consulate" }} showResource />
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Consulate staff" })

export default ConsulatePage
