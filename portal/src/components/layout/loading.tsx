import { Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

export function Loading() {
  const { t } = useTranslation()
  return (
    <Text role="status" className="text-ui-fg-subtle p-8">
      {t("common.loading")}
    </Text>
  )
}
