import { createExportersWorkflow } from "../../../backend/src/workflows/exporter/create-exporters"
import type { ExporterSeed } from "../catalog-types"
import { renderExporterLogo } from "../images"
import { existing, type SeedContext } from "./context"
import { uploadImages } from "./files"
import { createTranslations, translationsOf } from "./translations"

export async function seedExporters(ctx: SeedContext, exporters: ExporterSeed[]) {
  const ids = await existing(
    ctx,
    "exporter",
    "handle",
    exporters.map((e) => e.handle),
  )
  const toCreate = await ctx.ledger.toCreate(
    "exporter",
    exporters.map((e) => e.handle),
    ids,
  )
  const missing = exporters.filter((e) => toCreate.includes(e.handle))
  if (missing.length) {
    const logos = await uploadImages(
      ctx,
      await Promise.all(
        missing.map(async (e) => ({
          filename: `exporters/${e.handle}.webp`,
          content: await renderExporterLogo(e.name.en, e.brand_color, e.handle),
        })),
      ),
    )
    const { result } = await createExportersWorkflow(ctx.container).run({
      input: {
        exporters: missing.map((e, i) => ({
          handle: e.handle,
          name: e.name.en,
          region: e.region,
          city: e.city.en,
          founded_year: e.founded_year,
          story: e.story.en,
          contact_email: e.contact_email,
          contact_phone: e.contact_phone,
          website: e.website ?? null,
          gacc_registration_number: e.gacc_registration_number ?? null,
          verified: e.verified,
          logo_url: logos[i],
          brand_color: e.brand_color,
          admins: [{ ...e.admin, role: "owner" as const, locale: e.admin.locale ?? "uz" }],
        })),
      },
    })
    for (const created of result) ids[created.handle] = created.id
    await createTranslations(
      ctx,
      missing.flatMap((e) => translationsOf("exporter", ids[e.handle], { name: e.name, city: e.city, story: e.story })),
    )
    await ctx.ledger.record("exporter", Object.fromEntries(missing.map((e) => [e.handle, ids[e.handle]])))
  }
  ctx.ids.exporters = ids
}
