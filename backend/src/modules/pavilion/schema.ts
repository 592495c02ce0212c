import { z } from "@medusajs/framework/zod"
import { EVENT_PLACES, PUBLICATION_STATUSES } from "./constants"

/**
 * What consulate staff write (the /consulate content routes). Messages start
 * with the field's name, so the portal puts them beside the field. Every text
 * the shop shows is required in both of its languages.
 */
const localized = (field: string, max: number) =>
  z
    .object({
      "zh-CN": z.string().trim().min(1, `${field}.zh-CN is required`).max(max, `${field}.zh-CN must be at most ${max} characters`),
      en: z.string().trim().min(1, `${field}.en is required`).max(max, `${field}.en must be at most ${max} characters`),
    })
    .strict()

const ids = (field: string, max: number) =>
  z.array(z.string().trim().min(1).max(64, `${field}[] must be ids of at most 64 characters`)).max(max, `${field} may list at most ${max}`)

const instant = (field: string) => z.coerce.date({ message: `${field} must be a date and time (ISO 8601, e.g. 2027-03-21T10:00:00+08:00)` })

const window = <T extends { starts_at?: Date; ends_at?: Date }>(v: T) => !v.starts_at || !v.ends_at || v.ends_at > v.starts_at
const windowMessage = { message: "ends_at must be after starts_at", path: ["ends_at"] }

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

const CampaignPageFields = z
  .object({
    slug: z
      .string()
      .trim()
      .min(1, "slug is required")
      .max(80, "slug must be at most 80 characters")
      .regex(SLUG, "slug may contain only lower-case letters, digits and single hyphens (e.g. navruz-2027)"),
    title: localized("title", 120),
    body: localized("body", 5000),
    hero_image_url: z.string().trim().url("hero_image_url must be a URL").max(1000).nullish(),
    featured_product_ids: ids("featured_product_ids", 24),
    featured_exporter_ids: ids("featured_exporter_ids", 12),
    campaign_id: z.string().trim().min(1).max(64).nullish(),
    starts_at: instant("starts_at"),
    ends_at: instant("ends_at"),
    status: z.enum(PUBLICATION_STATUSES, { message: `status must be one of ${PUBLICATION_STATUSES.join(", ")}` }),
  })
  .strict()

export const CampaignPageInput = CampaignPageFields.extend({
  featured_product_ids: ids("featured_product_ids", 24).default([]),
  featured_exporter_ids: ids("featured_exporter_ids", 12).default([]),
  status: CampaignPageFields.shape.status.default("draft"),
}).refine(window, windowMessage)
export type CampaignPageInput = z.infer<typeof CampaignPageInput>

export const CampaignPageUpdate = CampaignPageFields.partial().refine(window, windowMessage)
export type CampaignPageUpdate = z.infer<typeof CampaignPageUpdate>

export const PavilionPageUpdate = z
  .object({
    story: localized("story", 10_000),
    featured_exporter_ids: ids("featured_exporter_ids", 24),
    centre_address: localized("centre_address", 300),
    centre_hours: localized("centre_hours", 300),
    centre_pickup: localized("centre_pickup", 1000),
  })
  .partial()
  .strict()
export type PavilionPageUpdate = z.infer<typeof PavilionPageUpdate>

const EventFields = z
  .object({
    title: localized("title", 120),
    body: localized("body", 3000),
    starts_at: instant("starts_at"),
    ends_at: instant("ends_at"),
    place: z.enum(EVENT_PLACES, { message: `place must be one of ${EVENT_PLACES.join(", ")}` }),
    online_url: z.string().trim().url("online_url must be a URL").max(1000).nullish(),
    product_ids: ids("product_ids", 24),
    status: z.enum(PUBLICATION_STATUSES, { message: `status must be one of ${PUBLICATION_STATUSES.join(", ")}` }),
  })
  .strict()

export const PavilionEventInput = EventFields.extend({
  product_ids: ids("product_ids", 24).default([]),
  status: EventFields.shape.status.default("draft"),
}).refine(window, windowMessage)
export type PavilionEventInput = z.infer<typeof PavilionEventInput>

export const PavilionEventUpdate = EventFields.partial().refine(window, windowMessage)
export type PavilionEventUpdate = z.infer<typeof PavilionEventUpdate>
