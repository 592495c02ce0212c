import { StatusBadge } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type { ListingStatus } from "../../lib/types"

const COLORS: Record<ListingStatus, "green" | "red" | "blue" | "orange" | "grey"> = {
  draft: "grey",
  in_review: "blue",
  changes_requested: "orange",
  live: "green",
  archived: "grey",
}

export function ListingStatusBadge({ status }: { status: ListingStatus }) {
  const { t } = useTranslation()
  return <StatusBadge color={COLORS[status]}>{t(`status.${status}`)}</StatusBadge>
}
