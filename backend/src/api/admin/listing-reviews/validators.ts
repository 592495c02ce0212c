import { z } from "@medusajs/framework/zod"

export const AdminRequestListingChanges = z
  .object({
    reason: z
      .string()
      .trim()
      .min(1, "reason is required: tell the exporter what to change")
      .max(2000, "reason must be at most 2000 characters"),
  })
  .strict()
export type AdminRequestListingChanges = z.infer<typeof AdminRequestListingChanges>

export const AdminListListingReviews = z
  .object({
    limit: z.coerce.number().int().min(1).max(100, "limit must be at most 100").default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type AdminListListingReviews = z.infer<typeof AdminListListingReviews>

export const AdminListAuditLog = z
  .object({
    resource_id: z.string().max(100).optional(),
    scope_id: z.string().max(100).optional(),
    limit: z.coerce.number().int().min(1).max(200, "limit must be at most 200").default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type AdminListAuditLog = z.infer<typeof AdminListAuditLog>
