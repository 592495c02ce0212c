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
import { PAYMENT_PROVIDERS } from "@bozor/shared"

/** Countries served by direct mail from Tashkent outside mainland China, priced in US dollars. */
export const INTERNATIONAL_COUNTRIES = ["hk", "mo", "tw", "kz", "kg", "ru", "us", "gb", "de", "fr", "kr", "jp", "sg", "ae"]

/** Mainland China's tax is the cross-border provider's (backend/src/modules/cross-border-tax); elsewhere none is added. */
const TAX_PROVIDER = { cn: "tp_cross-border_cn", other: "tp_system" }
const taxProviderOf = (country: string) => (country === "cn" ? TAX_PROVIDER.cn : TAX_PROVIDER.other)

const STORE_SETTINGS = "store:settings"

/** Which payment providers each region offers when they are configured; the system provider ("pay at the centre") always. */
const REGION_PAYMENT_PROVIDERS: Record<keyof typeof REGIONS, string[]> = {
  china: [PAYMENT_PROVIDERS.system, PAYMENT_PROVIDERS.card, PAYMENT_PROVIDERS.alipay, PAYMENT_PROVIDERS.wechat],
  international: [PAYMENT_PROVIDERS.system, PAYMENT_PROVIDERS.card],
}

const REGIONS = {
  china: { key: "china" as const, name: "China", name_zh: "中国大陆", name_ru: "Китай", currency_code: "cny", countries: ["cn"] },
  international: {
    key: "international" as const,
    name: "International",
    name_zh: "国际",
    name_ru: "Другие страны",
    currency_code: "usd",
    countries: INTERNATIONAL_COUNTRIES,
  },
}

const LOCALES = [
  { code: "en", name: "English" },
  { code: "ru", name: "Русский" },
  { code: "zh-CN", name: "简体中文" },
]

async function seedLocales(ctx: SeedContext) {
  const translation = ctx.container.resolve(Modules.TRANSLATION)
  const have = Object.fromEntries(
    (await translation.listLocales({ code: LOCALES.map((l) => l.code) })).map((l: { code: string; id: string }) => [l.code, l.id]),
  )
  const missing = await ctx.ledger.toCreate(
    "locale",
    LOCALES.map((l) => l.code),
    have,
  )
  if (!missing.length) return
  const created = await translation.createLocales(LOCALES.filter((l) => missing.includes(l.code)))
  await ctx.ledger.record("locale", Object.fromEntries(created.map((l: { code: string; id: string }) => [l.code, l.id])))
}

async function seedSalesChannel(ctx: SeedContext) {
  const have = await existing(ctx, "sales_channel", "name", [SALES_CHANNEL_NAME])
  ctx.ids.salesChannel = have[SALES_CHANNEL_NAME] ?? ""
  if (!(await ctx.ledger.toCreate("sales-channel", [SALES_CHANNEL_NAME], have)).length) return
  const { result } = await createSalesChannelsWorkflow(ctx.container).run({
    input: { salesChannelsData: [{ name: SALES_CHANNEL_NAME, description: "丝路巴扎 online shop for mainland China" }] },
  })
  ctx.ids.salesChannel = result[0].id
  await ctx.ledger.record("sales-channel", { [SALES_CHANNEL_NAME]: result[0].id })
}

async function seedPublishableKey(ctx: SeedContext) {
  const have = await existing(ctx, "api_key", "title", [PUBLISHABLE_KEY_TITLE])
  if (!(await ctx.ledger.toCreate("api-key", [PUBLISHABLE_KEY_TITLE], have)).length) return
  const { result } = await createApiKeysWorkflow(ctx.container).run({
    input: { api_keys: [{ title: PUBLISHABLE_KEY_TITLE, type: "publishable", created_by: "seed" }] },
  })
  if (ctx.ids.salesChannel) {
    await linkSalesChannelsToApiKeyWorkflow(ctx.container).run({ input: { id: result[0].id, add: [ctx.ids.salesChannel] } })
  }
  await ctx.ledger.record("api-key", { [PUBLISHABLE_KEY_TITLE]: result[0].id })
}

/**
 * Regions with their tax regions and the payment providers this backend has loaded (Stripe's only when its keys are
 * configured), set when the region is created: afterwards they are the operators' to change in the admin.
 */
async function seedRegions(ctx: SeedContext) {
  const regions = Object.values(REGIONS)
  const regionIds = await existing(
    ctx,
    "region",
    "name",
    regions.map((r) => r.name),
  )
  const missingNames = await ctx.ledger.toCreate(
    "region",
    regions.map((r) => r.name),
    regionIds,
  )
  const missing = regions.filter((r) => missingNames.includes(r.name))
  if (missing.length) {
    const { data } = await ctx.query.graph({ entity: "payment_provider", fields: ["id"], filters: { is_enabled: true } })
    const loaded = new Set(data.map((p: { id: string }) => p.id))
    const { result } = await createRegionsWorkflow(ctx.container).run({
      input: {
        regions: missing.map((r) => ({
          name: r.name,
          currency_code: r.currency_code,
          countries: r.countries,
          payment_providers: REGION_PAYMENT_PROVIDERS[r.key].filter((id) => loaded.has(id)),
          automatic_taxes: true,
          is_tax_inclusive: false,
        })),
      },
    })
    for (const region of result) regionIds[region.name] = region.id
    await createTranslations(
      ctx,
      missing.flatMap((r) => translationsOf("region", regionIds[r.name], { name: { en: r.name, "zh-CN": r.name_zh, ru: r.name_ru } })),
    )
    await createTaxRegionsWorkflow(ctx.container).run({
      input: missing.flatMap((r) => r.countries.map((country_code) => ({ country_code, provider_id: taxProviderOf(country_code) }))),
    })
    await ctx.ledger.record("region", Object.fromEntries(missing.map((r) => [r.name, regionIds[r.name]])))
  }
  ctx.ids.regions = { china: regionIds[REGIONS.china.name] ?? "", international: regionIds[REGIONS.international.name] ?? "" }
}

/** The store's name, currencies, locales and defaults: set once, on the first seed; then they are the operators'. */
async function seedStoreSettings(ctx: SeedContext) {
  if (await ctx.ledger.has(STORE_SETTINGS)) return
  const [store] = await ctx.container.resolve(Modules.STORE).listStores({}, { select: ["id"] })
  await updateStoresWorkflow(ctx.container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: "Bozor · 丝路巴扎",
        supported_currencies: [{ currency_code: "cny", is_default: true }, { currency_code: "usd" }],
        supported_locales: [{ locale_code: "zh-CN" }, { locale_code: "en" }, { locale_code: "ru" }],
        ...(ctx.ids.salesChannel ? { default_sales_channel_id: ctx.ids.salesChannel } : {}),
        ...(ctx.ids.regions.china ? { default_region_id: ctx.ids.regions.china } : {}),
      },
    },
  })
  await ctx.ledger.mark(STORE_SETTINGS, store.id)
}

/** The store itself: locales, the web sales channel, its publishable key, regions and tax regions, the store's settings. */
export async function seedStore(ctx: SeedContext) {
  await seedLocales(ctx)
  await seedSalesChannel(ctx)
  await seedPublishableKey(ctx)
  await seedRegions(ctx)
  await seedStoreSettings(ctx)
}
