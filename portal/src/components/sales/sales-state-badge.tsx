import { StatusBadge } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type { SalesState } from "../../lib/types"

const COLORS: Record<SalesState, "grey" | "blue" | "orange" | "green" | "red" | "purple"> = {
  pending: "grey",
  paid: "blue",
  packed: "purple",
  shipped: "orange",
  delivered: "green",
  refunded: "red",
  canceled: "grey",
}

/** Where the exporter's lines of an order are, in the person's language. */
export function SalesStateBadge({ state }: { state: SalesState }) {
  const { t } = useTranslation()
  return <StatusBadge color={COLORS[state]}>{t(`salesState.${state}`)}</StatusBadge>
}
