import { Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { PageHeading } from "../components/layout/page-heading"

export function NotFound() {
  const { t } = useTranslation()
  return (
    <>
      <PageHeading title={t("common.notFound")}>{t("common.notFound")}</PageHeading>
      <Text>
        <Link to="/" className="text-ui-fg-base underline underline-offset-2">
          {t("nav.listings")}
        </Link>
      </Text>
    </>
  )
}
