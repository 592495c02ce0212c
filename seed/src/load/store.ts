import { Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  updateRegionsWorkflow,
  updateStoresWorkflow,
  updateTaxRegionsWorkflow,
} from "@medusajs/medusa/core-flows"
import { PUBLISHABLE_KEY_TITLE, SALES_CHANNEL_NAME } from "../names"
import { existing, type SeedContext } from "./context"
import { createTranslations, translationsOf } from "./translations"

/** Countries served by direct mail from Tashkent outside mainland China, priced in US dollars. */
export const INTERNATIONAL_COUNTRIES = ["hk", "mo", "tw", "kz", "kg", "ru", "us", "gb", "de", "fr", "kr", "jp", "sg", "ae"]

/** Mainland China's tax is the cross-border provider's (backend/src/modules/cross-border-tax); elsewhere none is added. */
const TAX_PROVIDER = { cn: "tp_cross-border_cn", other: "tp_system" }
const taxProviderOf = (country: string) => (country === "cn" ? TAX_PROVIDER.cn : TAX_PROVIDER.other)

/** Which payment providers each region offers when they are configured; the system provider ("pay at the centre") always. */
const PAYMENT_PROVIDERS = {
  china: ["pp_system_default", "pp_stripe_stripe", "pp_stripe-alipay_stripe", "pp_stripe-wechat-pay_stripe"],
  international: ["pp_system_default", "pp_stripe_stripe"],
}

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
      input: missing.flatMap((r) => r.countries.map((country_code) => ({ country_code, provider_id: taxProviderOf(country_code) }))),
    })
  }
  ctx.ids.regions = { china: regionIds[REGIONS.china.name], international: regionIds[REGIONS.international.name] }
  await syncTaxProviders(ctx)
  await syncPaymentProviders(ctx)

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

/** Databases seeded before the cross-border tax provider existed get it too. */
async function syncTaxProviders(ctx: SeedContext) {
  const { data } = await ctx.query.graph({ entity: "tax_region", fields: ["id", "country_code", "provider_id"], filters: { parent_id: null } })
  const stale = data.filter((t: { country_code: string; provider_id: string | null }) => t.provider_id !== taxProviderOf(t.country_code))
  if (stale.length) {
    await updateTaxRegionsWorkflow(ctx.container).run({
      input: stale.map((t: { id: string; country_code: string }) => ({ id: t.id, provider_id: taxProviderOf(t.country_code) })),
    })
  }
}

/** Regions offer the payment providers this backend has loaded (Stripe's only when its keys are configured). */
async function syncPaymentProviders(ctx: SeedContext) {
  const { data } = await ctx.query.graph({ entity: "payment_provider", fields: ["id"], filters: { is_enabled: true } })
  const loaded = new Set(data.map((p: { id: string }) => p.id))
  for (const key of ["china", "international"] as const) {
    await updateRegionsWorkflow(ctx.container).run({
      input: {
        selector: { id: ctx.ids.regions[key] },
        update: { payment_providers: PAYMENT_PROVIDERS[key].filter((id) => loaded.has(id)) },
      },
    })
  }
}
