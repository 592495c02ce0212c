import type { IPromotionModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { PAVILION_MODULE } from "../../../backend/src/modules/pavilion"
import { PAVILION_PAGE_ID } from "../../../backend/src/modules/pavilion/constants"
import type PavilionModuleService from "../../../backend/src/modules/pavilion/service"
import { upsertCampaignPageWorkflow } from "../../../backend/src/workflows/pavilion/upsert-campaign-page"
import { updatePavilionPageWorkflow } from "../../../backend/src/workflows/pavilion/update-pavilion-page"
import { upsertPavilionEventWorkflow } from "../../../backend/src/workflows/pavilion/upsert-pavilion-event"
import type { CampaignPageSeed, EventSeed, pavilion as PavilionSeed } from "../../data/pavilion"
import { renderBanner } from "../images"
import { existing, type SeedContext } from "./context"
import { uploadImages } from "./files"

const SEED_ACTOR = { type: "system", id: null, email: null }

/** Handles → ids, in the order given, leaving out what does not exist. */
async function idsOf(ctx: SeedContext, entity: string, handles: string[]) {
  const found = await existing(ctx, entity, "handle", handles)
  return handles.map((h) => found[h]).filter(Boolean)
}

/**
 * Campaign pages through the consulate's own workflow (audited as the system). The hero is drawn by the shop's image
 * generator (a suzani campaign banner, its palette from the slug) and uploaded through the File Module.
 */
async function seedCampaignPages(ctx: SeedContext, pages: CampaignPageSeed[]) {
  const pavilion: PavilionModuleService = ctx.container.resolve(PAVILION_MODULE)
  const have = Object.fromEntries((await pavilion.listCampaignPages({ slug: pages.map((p) => p.slug) })).map((p) => [p.slug, p.id]))
  const toCreate = await ctx.ledger.toCreate(
    "campaign_page",
    pages.map((p) => p.slug),
    have,
  )
  const promotions: IPromotionModuleService = ctx.container.resolve(Modules.PROMOTION)
  for (const page of pages.filter((p) => toCreate.includes(p.slug))) {
    const [campaign] = await promotions.listCampaigns({ campaign_identifier: [page.campaign] }, { select: ["id"] })
    const [hero] = await uploadImages(ctx, [{ filename: `campaign-${page.slug}.webp`, content: await renderBanner("campaign", page.slug) }])
    const { result } = await upsertCampaignPageWorkflow(ctx.container).run({
      input: {
        actor: SEED_ACTOR,
        data: {
          slug: page.slug,
          title: page.title,
          body: page.body,
          hero_image_url: hero,
          featured_product_ids: await idsOf(ctx, "product", page.products),
          featured_exporter_ids: await idsOf(ctx, "exporter", page.exporters),
          campaign_id: campaign?.id ?? null,
          starts_at: new Date(page.starts_at),
          ends_at: new Date(page.ends_at),
          status: "published",
        },
      },
    })
    await ctx.ledger.record("campaign_page", { [page.slug]: result.id })
  }
}

async function seedPavilionPage(ctx: SeedContext, page: typeof PavilionSeed) {
  const pavilion: PavilionModuleService = ctx.container.resolve(PAVILION_MODULE)
  const have = Object.fromEntries((await pavilion.listPavilionPages({ id: PAVILION_PAGE_ID })).map((p) => [p.id, p.id]))
  if (!(await ctx.ledger.toCreate("pavilion_page", [PAVILION_PAGE_ID], have)).length) return
  const { story, exporters, centre_address, centre_hours, centre_pickup } = page
  await updatePavilionPageWorkflow(ctx.container).run({
    input: {
      actor: SEED_ACTOR,
      data: { story, featured_exporter_ids: await idsOf(ctx, "exporter", exporters), centre_address, centre_hours, centre_pickup },
    },
  })
  await ctx.ledger.record("pavilion_page", { [PAVILION_PAGE_ID]: PAVILION_PAGE_ID })
}

async function seedEvents(ctx: SeedContext, events: EventSeed[]) {
  const toCreate = await ctx.ledger.toCreate(
    "pavilion_event",
    events.map((e) => e.key),
    {},
  )
  for (const event of events.filter((e) => toCreate.includes(e.key))) {
    const { result } = await upsertPavilionEventWorkflow(ctx.container).run({
      input: {
        actor: SEED_ACTOR,
        data: {
          title: event.title,
          body: event.body,
          starts_at: new Date(event.starts_at),
          ends_at: new Date(event.ends_at),
          place: event.place,
          online_url: event.online_url ?? null,
          product_ids: await idsOf(ctx, "product", event.products),
          status: "published",
        },
      },
    })
    await ctx.ledger.record("pavilion_event", { [event.key]: result.id })
  }
}

/** The consulate's content on first start: the running campaign's page, the pavilion and its events. */
export async function seedPavilion(
  ctx: SeedContext,
  content: { campaignPages: CampaignPageSeed[]; pavilion: typeof PavilionSeed; events: EventSeed[] },
) {
  await seedCampaignPages(ctx, content.campaignPages)
  await seedPavilionPage(ctx, content.pavilion)
  await seedEvents(ctx, content.events)
}
