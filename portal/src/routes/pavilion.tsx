import { Button, Container, Heading, Text, toast } from "@medusajs/ui"
import { useEffect, useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import { emptyShopText, ShopTextFields, shopTextPaths } from "../components/consulate/shop-text-fields"
import { CheckboxGroup } from "../components/form/field"
import { PageHeading } from "../components/layout/page-heading"
import { getPavilion, listVerifiedExporters, updatePavilion } from "../lib/api"
import { errorFor } from "../lib/errors"
import type { CatalogExporter, PavilionPage, ShopText } from "../lib/types"
import { useFormSubmit } from "../lib/use-form-submit"
import { FormError } from "../components/form/form-error"

const CENTRE_TEXTS = ["centre_address", "centre_hours", "centre_pickup"] as const
type CentreText = (typeof CENTRE_TEXTS)[number]
const FIELDS = ["story", ...CENTRE_TEXTS].flatMap(shopTextPaths).concat("featured_exporter_ids")

/** A text is sent once either language is written (the backend then asks for both), never as two empty strings. */
const written = (text: ShopText) => !!(text["zh-CN"].trim() || text.en.trim())

/**
 * The national pavilion's page in the shop (/pavilion): the country's story, the exporters it features first, and
 * the Guangzhou centre's address, hours and pickup, each in Chinese and English.
 */
export default function Pavilion() {
  const { t } = useTranslation()
  const [loaded, setLoaded] = useState(false)
  const [story, setStory] = useState<ShopText>(emptyShopText())
  const [centre, setCentre] = useState<Record<CentreText, ShopText>>({
    centre_address: emptyShopText(),
    centre_hours: emptyShopText(),
    centre_pickup: emptyShopText(),
  })
  const [featured, setFeatured] = useState<string[]>([])
  const [exporters, setExporters] = useState<CatalogExporter[]>([])
  const { error, setError, busy, submit } = useFormSubmit(FIELDS)

  const show = (page: PavilionPage | null) => {
    if (page) {
      setStory(page.story ?? emptyShopText())
      setCentre({
        centre_address: page.centre_address ?? emptyShopText(),
        centre_hours: page.centre_hours ?? emptyShopText(),
        centre_pickup: page.centre_pickup ?? emptyShopText(),
      })
      setFeatured(page.featured_exporter_ids)
    }
    setLoaded(true)
  }

  useEffect(() => {
    Promise.all([getPavilion(), listVerifiedExporters()]).then(([page, list]) => {
      setExporters(list)
      show(page)
    }, setError)
  }, [setError])

  async function save(event: FormEvent) {
    event.preventDefault()
    await submit(async () => {
      const texts = Object.fromEntries(CENTRE_TEXTS.filter((key) => written(centre[key])).map((key) => [key, centre[key]]))
      show(await updatePavilion({ ...(written(story) ? { story } : {}), ...texts, featured_exporter_ids: featured }))
      toast.success(t("pavilion.saved"))
    })
  }

  return (
    <>
      <PageHeading title={t("pavilion.title")}>{t("pavilion.title")}</PageHeading>
      <Text size="small" className="text-ui-fg-subtle">
        {t("pavilion.intro")}
      </Text>
      <FormError error={error} />
      {loaded ? (
        <form onSubmit={save} className="flex flex-col gap-y-4" noValidate>
          <Container className="flex flex-col gap-y-4 p-4">
            <Heading level="h2">{t("pavilion.story")}</Heading>
            <ShopTextFields path="story" label={t("pavilion.storyText")} value={story} onChange={setStory} error={error} multiline />
          </Container>
          <Container className="flex flex-col gap-y-4 p-4">
            <CheckboxGroup
              path="featured_exporter_ids"
              legend={<Heading level="h2">{t("pavilion.featuredExporters")}</Heading>}
              options={exporters.map((e) => e.id)}
              labelOf={(id) => exporters.find((e) => e.id === id)?.name ?? id}
              value={featured}
              onChange={setFeatured}
              error={errorFor(error, "featured_exporter_ids")}
            />
            <Text size="small" className="text-ui-fg-subtle">
              {t("pavilion.featuredHint")}
            </Text>
          </Container>
          <Container className="flex flex-col gap-y-4 p-4">
            <Heading level="h2">{t("pavilion.centre")}</Heading>
            {CENTRE_TEXTS.map((key) => (
              <ShopTextFields
                key={key}
                path={key}
                label={t(`pavilion.${key}`)}
                value={centre[key]}
                onChange={(next) => setCentre({ ...centre, [key]: next })}
                error={error}
                multiline={key === "centre_pickup"}
              />
            ))}
          </Container>
          <Button type="submit" isLoading={busy} className="self-start">
            {t("pavilion.save")}
          </Button>
        </form>
      ) : error ? null : (
        <Text>{t("common.loading")}</Text>
      )}
    </>
  )
}
