import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Badge, Button, Container, Heading, Label, Table, Text, Textarea, toast } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { AuditTrail } from "../../components/audit-trail"
import { adminApi } from "../../lib/api"

type Review = {
  product_id: string
  handle: string
  kind: "new" | "change"
  title: string | null
  exporter: { id: string; name: string; handle: string } | null
  submitted_at: string | null
  thumbnail: string | null
  diff: {
    field: string
    label: string
    kind: "text" | "images"
    before: string | string[] | null
    after: string | string[] | null
  }[]
  checklist: { key: string; ok: boolean; message: Record<string, string> }[]
}

/** A value of the diff: text as written (React escapes it), images as small pictures, nothing as a dash. */
function DiffValue({ kind, value }: { kind: Review["diff"][number]["kind"]; value: string | string[] | null }) {
  if (value === null || value === "" || (Array.isArray(value) && !value.length)) return <>—</>
  if (kind === "images" && Array.isArray(value))
    return (
      <span className="flex flex-wrap gap-1">
        {value.map((url, i) => (
          <img key={url} src={url} alt={`Image ${i + 1}`} className="h-12 w-12 rounded object-cover" />
        ))}
      </span>
    )
  return <>{Array.isArray(value) ? value.join("\n") : value}</>
}

/** One listing in review: the change as a diff, the checklist, approve or send back with a reason. */
function ReviewCard({ review, onDone }: { review: Review; onDone: () => void }) {
  const [reason, setReason] = useState("")
  const [busy, setBusy] = useState(false)
  const [history, setHistory] = useState(false)
  const decide = async (action: "approve" | "request-changes") => {
    setBusy(true)
    try {
      await adminApi(`/admin/listing-reviews/${review.product_id}/${action}`, {
        method: "POST",
        body: action === "approve" ? {} : { reason },
      })
      toast.success(action === "approve" ? `${review.title ?? review.handle} is live.` : "Sent back to the exporter with your reason.")
      onDone()
    } catch (err) {
      toast.error((err as Error).message)
    } finally {
      setBusy(false)
    }
  }
  const unmet = review.checklist.filter((i) => !i.ok)
  return (
    <Container className="divide-y p-0" data-testid="listing-review">
      <div className="flex items-center gap-4 px-6 py-4">
        {review.thumbnail && <img src={review.thumbnail} alt="" className="h-16 w-16 rounded object-cover" />}
        <div className="flex flex-1 flex-col">
          <Heading level="h2">{review.title ?? review.handle}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {review.exporter?.name ?? "—"} · submitted {review.submitted_at ? new Date(review.submitted_at).toLocaleString() : "—"}
          </Text>
        </div>
        <Badge color={review.kind === "new" ? "blue" : "orange"}>
          {review.kind === "new" ? "New listing" : "Change to a live listing"}
        </Badge>
      </div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Field</Table.HeaderCell>
            <Table.HeaderCell>Before</Table.HeaderCell>
            <Table.HeaderCell>After</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {review.diff.map((d) => (
            <Table.Row key={d.field}>
              <Table.Cell title={d.field}>{d.label}</Table.Cell>
              <Table.Cell className="text-ui-fg-subtle whitespace-pre-wrap line-through">
                <DiffValue kind={d.kind} value={d.before} />
              </Table.Cell>
              <Table.Cell className="whitespace-pre-wrap">
                <DiffValue kind={d.kind} value={d.after} />
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {unmet.length > 0 && (
        <div className="px-6 py-3">
          <Text size="small" weight="plus">
            Checklist items not met
          </Text>
          <ul className="list-disc pl-5">
            {unmet.map((i) => (
              <li key={i.key}>
                <Text size="small">{i.message.en}</Text>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="flex flex-col gap-2 px-6 py-4">
        <Label htmlFor={`reason-${review.product_id}`}>Reason, if you send it back (the exporter reads it)</Label>
        <Textarea id={`reason-${review.product_id}`} value={reason} onChange={(e) => setReason(e.target.value)} />
        <div className="flex gap-2">
          <Button onClick={() => decide("approve")} isLoading={busy}>
            Approve
          </Button>
          <Button variant="secondary" onClick={() => decide("request-changes")} disabled={!reason.trim() || busy}>
            Request changes
          </Button>
          <Button variant="transparent" onClick={() => setHistory(!history)}>
            {history ? "Hide history" : "History"}
          </Button>
        </div>
      </div>
      {history && (
        <div className="px-6 pb-4">
          <AuditTrail filter={{ resource_id: review.product_id }} />
        </div>
      )}
    </Container>
  )
}

/** The operators' review queue: new listings and content changes to live ones, oldest first. */
const ListingReviewsPage = () => {
  const [reviews, setReviews] = useState<Review[] | null>(null)
  const load = useCallback(() => adminApi<{ reviews: Review[] }>("/admin/listing-reviews?limit=100").then((r) => setReviews(r.reviews)), [])
  useEffect(() => {
    load().catch((e) => toast.error(e.message))
  }, [load])
  return (
    <div className="flex flex-col gap-4">
      <Container className="px-6 py-4">
        <Heading level="h1">Listing reviews</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Approved listings are searchable and in the shop within seconds; a change to a live listing reaches the shop only when approved.
        </Text>
      </Container>
      {reviews?.length === 0 && (
        <Container className="px-6 py-4">
          <Text>Nothing waits for review.</Text>
        </Container>
      )}
      {reviews?.map((r) => (
        <ReviewCard key={r.product_id} review={r} onDone={load} />
      ))}
    </div>
  )
}

export const config = defineRouteConfig({ label: "Listing reviews" })

export default ListingReviewsPage
