import { Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { PUBLISHABLE_KEY_TITLE, SALES_CHANNEL_NAME } from "../names"
import { existing, type SeedContext } from "./context"
import { createTranslations, translationsOf } from "./translations"

/** Countries served by direct mail from Tashkent outside mainland China, priced in US dollars. */
export const INTERNATIONAL_COUNTRIES = ["hk", "mo", "tw", "kz", "kg", "ru", "us", "gb", "de", "fr", "kr", "jp", "sg", "ae"]

const REGIONS = {
  china: { name: "China", name_zh: "中国大陆", name_ru: "Китай", currency_code: "cny", countries: ["cn"] },
  international: {
    name: "International",
    name_zh: "国际",
    name_ru: "Другие страны",
    currency_code: "usd",
    countries: INTERNATIONAL_COUNTRIES,
  },
}

async function ensureLocales(ctx: SeedContext) {
  const translation = ctx.container.resolve(Modules.TRANSLATION)
  const have = new Set((await translation.listLocales({ code: ["en", "ru", "zh-CN"] })).map((l: { code: string }) => l.code))
  const missing = [
    { code: "en", name: "English" },
    { code: "ru", name: "Русский" },
    { code: "zh-CN", name: "简体中文" },
  ].filter((l) => !have.has(l.code))
  if (missing.length) await translation.createLocales(missing)
}

/** The store itself: currencies, locales, the web sales channel, its publishable key, regions and tax regions. */
export async function seedStore(ctx: SeedContext) {
  await ensureLocales(ctx)
  const storeModule = ctx.container.resolve(Modules.STORE)
  const [store] = await storeModule.listStores()

  const channels = await existing(ctx, "sales_channel", "name", [SALES_CHANNEL_NAME])
  ctx.ids.salesChannel =
    channels[SALES_CHANNEL_NAME] ??
    (
      await createSalesChannelsWorkflow(ctx.container).run({
        input: { salesChannelsData: [{ name: SALES_CHANNEL_NAME, description: "丝路巴扎 online shop for mainland China" }] },
      })
    ).result[0].id

  const keys = await existing(ctx, "api_key", "title", [PUBLISHABLE_KEY_TITLE])
  if (!keys[PUBLISHABLE_KEY_TITLE]) {
    const { result } = await createApiKeysWorkflow(ctx.container).run({
      input: { api_keys: [{ title: PUBLISHABLE_KEY_TITLE, type: "publishable", created_by: "seed" }] },
    })
    await linkSalesChannelsToApiKeyWorkflow(ctx.container).run({ input: { id: result[0].id, add: [ctx.ids.salesChannel] } })
  }

  const regionIds = await existing(ctx, "region", "name", Object.values(REGIONS).map((r) => r.name))
  const missing = Object.values(REGIONS).filter((r) => !regionIds[r.name])
  if (missing.length) {
    const { result } = await createRegionsWorkflow(ctx.container).run({
      input: {
        regions: missing.map((r) => ({
          name: r.name,
          currency_code: r.currency_code,
          countries: r.countries,
          payment_providers: ["pp_system_default"],
          automatic_taxes: true,
          is_tax_inclusive: false,
        })),
      },
    })
    for (const region of result) regionIds[region.name] = region.id
    await createTranslations(
      ctx,
      missing.flatMap((r) =>
        translationsOf("region", regionIds[r.name], { name: { en: r.name, "zh-CN": r.name_zh, ru: r.name_ru } })
      )
    )
    await createTaxRegionsWorkflow(ctx.container).run({
      input: missing.flatMap((r) => r.countries.map((country_code) => ({ country_code, provider_id: "tp_system" }))),
    })
  }
  ctx.ids.regions = { china: regionIds[REGIONS.china.name], international: regionIds[REGIONS.international.name] }

  await updateStoresWorkflow(ctx.container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: "Bozor · 丝路巴扎",
        supported_currencies: [
          { currency_code: "cny", is_default: true },
          { currency_code: "usd" },
        ],
        supported_locales: [{ locale_code: "zh-CN" }, { locale_code: "en" }, { locale_code: "ru" }],
        default_sales_channel_id: ctx.ids.salesChannel,
        default_region_id: ctx.ids.regions.china,
      },
    },
  })
}
