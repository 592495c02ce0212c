import type { FulfilmentMode } from "@bozor/shared"
import { Modules } from "@medusajs/framework/utils"
import {
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"
import type { Text } from "../catalog-types"
import { SHIPPING_PROFILES, STOCK_LOCATIONS } from "../names"
import { existing, type SeedContext } from "./context"
import { INTERNATIONAL_COUNTRIES } from "./store"
import { createTranslations, translationsOf } from "./translations"

interface OptionSpec {
  mode: FulfilmentMode
  name: Text
  description: Text
  days: [number, number]
  zone: "china" | "international"
  /** Flat price, and the order value (items) above which it is free. */
  price: { currency_code: "cny" | "usd"; amount: number; free_from?: number }
}

/**
 * What a buyer who picks up needs to find the place, in the shop's languages: kept once, in the stock location's
 * address metadata, where the checkout, the order page, the e-mail and the admin read it (backend/src/utils/delivery.ts).
 */
interface PickupPlace {
  name: Text
  address: Text
  opening_hours: Text
}

interface LocationSpec {
  key: keyof typeof STOCK_LOCATIONS
  address: {
    address_1: string
    address_2?: string
    city: string
    province?: string
    postal_code: string
    country_code: string
    phone: string
    metadata?: { pickup: PickupPlace }
  }
  profile: keyof typeof SHIPPING_PROFILES
  sets: { name: string; type: "shipping" | "pickup"; zones: ("china" | "international")[]; options: OptionSpec[] }[]
}

const ZONES = {
  china: { name: "Mainland China", countries: ["cn"] },
  international: { name: "International", countries: INTERNATIONAL_COUNTRIES },
}

/**
 * The fulfilment modes (@bozor/shared) as Medusa models them: stock locations
 * with fulfilment sets, service zones and shipping options (one per mode, its
 * type code the mode), and one shipping profile per stock origin so a mixed
 * cart asks for a method per profile.
 */
const LOCATIONS: LocationSpec[] = [
  {
    key: "tashkent",
    address: {
      address_1: "Sergeli district, Yangi Sergeli street 15",
      city: "Tashkent",
      postal_code: "100122",
      country_code: "uz",
      phone: "+998 71 200 15 15",
    },
    profile: "cross_border",
    sets: [
      {
        name: "Tashkent direct mail",
        type: "shipping",
        zones: ["china", "international"],
        options: [
          {
            mode: "cross_border_mail",
            zone: "china",
            name: {
              en: "Cross-border direct mail from Tashkent",
              "zh-CN": "跨境直邮（塔什干发货）",
              ru: "Прямая трансграничная доставка из Ташкента",
            },
            description: {
              en: "Customs-cleared under mode 9610, 10–15 days",
              "zh-CN": "9610 模式清关，约 10–15 天送达",
              ru: "Таможенный режим 9610, 10–15 дней",
            },
            days: [10, 15],
            price: { currency_code: "cny", amount: 25, free_from: 299 },
          },
          {
            mode: "international_mail",
            zone: "international",
            name: { en: "International mail from Tashkent", "zh-CN": "国际邮寄（塔什干发货）", ru: "Международная почта из Ташкента" },
            description: { en: "Tracked parcel, 12–20 days", "zh-CN": "可追踪包裹，约 12–20 天", ru: "Отслеживаемая посылка, 12–20 дней" },
            days: [12, 20],
            price: { currency_code: "usd", amount: 15, free_from: 120 },
          },
        ],
      },
    ],
  },
  {
    key: "guangzhou",
    address: {
      address_1: "Pazhou Exhibition Centre, 380 Yuejiang Middle Road",
      address_2: "Haizhu District",
      city: "Guangzhou",
      province: "Guangdong",
      postal_code: "510335",
      country_code: "cn",
      phone: "+86 20 8912 0000",
      metadata: {
        pickup: {
          name: {
            en: "Uzbek goods exhibition-and-sales centre",
            "zh-CN": "乌兹别克斯坦商品展销中心",
            ru: "Выставочно-торговый центр узбекских товаров",
          },
          address: {
            en: "Pazhou Exhibition Centre, 380 Yuejiang Middle Road, Haizhu District, Guangzhou, Guangdong 510335",
            "zh-CN": "广东省广州市海珠区阅江中路 380 号 琶洲展馆（邮编 510335）",
            ru: "Выставочный центр Пачжоу, Юэцзян-чжунлу 380, район Хайчжу, Гуанчжоу, Гуандун 510335",
          },
          opening_hours: { en: "Daily 10:00–20:00", "zh-CN": "每天 10:00–20:00", ru: "Ежедневно 10:00–20:00" },
        },
      },
    },
    profile: "domestic",
    sets: [
      {
        name: "Guangzhou centre pickup",
        type: "pickup",
        zones: ["china"],
        options: [
          {
            mode: "gz_pickup",
            zone: "china",
            name: {
              en: "Pick up at the Guangzhou exhibition centre",
              "zh-CN": "广州展销中心自提",
              ru: "Самовывоз из выставочного центра в Гуанчжоу",
            },
            description: { en: "Ready the next day", "zh-CN": "次日可取", ru: "Готово на следующий день" },
            days: [1, 1],
            price: { currency_code: "cny", amount: 0 },
          },
        ],
      },
      {
        name: "Guangzhou domestic express",
        type: "shipping",
        zones: ["china"],
        options: [
          {
            mode: "gz_express",
            zone: "china",
            name: { en: "Domestic express from Guangzhou", "zh-CN": "国内快递（广州发货）", ru: "Экспресс-доставка по Китаю из Гуанчжоу" },
            description: { en: "SF Express, 1–3 days", "zh-CN": "顺丰速运，约 1–3 天送达", ru: "SF Express, 1–3 дня" },
            days: [1, 3],
            price: { currency_code: "cny", amount: 12, free_from: 199 },
          },
        ],
      },
    ],
  },
]

async function seedProfiles(ctx: SeedContext) {
  const have = await existing(ctx, "shipping_profile", "name", Object.values(SHIPPING_PROFILES))
  const missing = await ctx.ledger.toCreate("shipping-profile", Object.values(SHIPPING_PROFILES), have)
  if (missing.length) {
    const { result } = await createShippingProfilesWorkflow(ctx.container).run({
      input: {
        data: (Object.keys(SHIPPING_PROFILES) as (keyof typeof SHIPPING_PROFILES)[])
          .filter((k) => missing.includes(SHIPPING_PROFILES[k]))
          .map((k) => ({ name: SHIPPING_PROFILES[k], type: k })),
      },
    })
    for (const p of result) have[p.name] = p.id
    await ctx.ledger.record("shipping-profile", Object.fromEntries(result.map((p: { name: string; id: string }) => [p.name, p.id])))
  }
  ctx.ids.profiles = { cross_border: have[SHIPPING_PROFILES.cross_border] ?? "", domestic: have[SHIPPING_PROFILES.domestic] ?? "" }
}

/** Stock locations, each created with its fulfilment sets, service zones and shipping options. */
export async function seedFulfilment(ctx: SeedContext) {
  await seedProfiles(ctx)
  const fulfillment = ctx.container.resolve(Modules.FULFILLMENT)
  const have = await existing(ctx, "stock_location", "name", Object.values(STOCK_LOCATIONS))
  Object.assign(ctx.ids.locations, Object.fromEntries(LOCATIONS.map((spec) => [spec.key, have[STOCK_LOCATIONS[spec.key]] ?? ""])))
  const missing = await ctx.ledger.toCreate("stock-location", Object.values(STOCK_LOCATIONS), have)

  for (const spec of LOCATIONS.filter((l) => missing.includes(STOCK_LOCATIONS[l.key]))) {
    const name = STOCK_LOCATIONS[spec.key]
    const {
      result: [location],
    } = await createStockLocationsWorkflow(ctx.container).run({ input: { locations: [{ name, address: spec.address }] } })
    ctx.ids.locations[spec.key] = location.id
    await ctx.link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
    })
    if (ctx.ids.salesChannel) {
      await linkSalesChannelsToStockLocationWorkflow(ctx.container).run({ input: { id: location.id, add: [ctx.ids.salesChannel] } })
    }

    for (const set of spec.sets) {
      const created = await fulfillment.createFulfillmentSets({
        name: set.name,
        type: set.type,
        service_zones: set.zones.map((z) => ({
          name: `${set.name} · ${ZONES[z].name}`,
          geo_zones: ZONES[z].countries.map((country_code) => ({ type: "country" as const, country_code })),
        })),
      })
      await ctx.link.create({
        [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
        [Modules.FULFILLMENT]: { fulfillment_set_id: created.id },
      })
      const zoneId = (z: "china" | "international") =>
        created.service_zones.find((sz: { name: string }) => sz.name.endsWith(ZONES[z].name))!.id
      const { result: options } = await createShippingOptionsWorkflow(ctx.container).run({
        input: set.options.map((o) => ({
          name: o.name.en,
          price_type: "flat" as const,
          provider_id: "manual_manual",
          service_zone_id: zoneId(o.zone),
          shipping_profile_id: ctx.ids.profiles[spec.profile],
          type: { label: o.name.en, description: o.description.en, code: o.mode },
          data: { mode: o.mode, min_days: o.days[0], max_days: o.days[1] },
          prices: [
            { currency_code: o.price.currency_code, amount: o.price.amount },
            ...(o.price.free_from
              ? [
                  {
                    currency_code: o.price.currency_code,
                    amount: 0,
                    rules: [{ attribute: "item_total", operator: "gte" as const, value: o.price.free_from }],
                  },
                ]
              : []),
          ],
          rules: [
            { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
            { attribute: "is_return", value: "false", operator: "eq" as const },
          ],
        })),
      })
      await createTranslations(
        ctx,
        options.flatMap((option: { id: string; name: string }) => {
          const spec = set.options.find((o) => o.name.en === option.name)!
          return translationsOf("shipping_option", option.id, { name: spec.name })
        }),
      )
    }
    await ctx.ledger.record("stock-location", { [name]: location.id })
  }
}
