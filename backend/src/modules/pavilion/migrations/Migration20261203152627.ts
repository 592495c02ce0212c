import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261203152627 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "campaign_page" drop constraint if exists "campaign_page_slug_unique";`)
    this.addSql(
      `create table if not exists "campaign_page" ("id" text not null, "slug" text not null, "title" jsonb not null, "body" jsonb not null, "hero_image_url" text null, "featured_product_ids" text[] not null, "featured_exporter_ids" text[] not null, "campaign_id" text null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "status" text check ("status" in ('draft', 'published')) not null default 'draft', "boundary_checked_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "campaign_page_pkey" primary key ("id"));`,
    )
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_campaign_page_slug_unique" ON "campaign_page" ("slug") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_campaign_page_deleted_at" ON "campaign_page" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_campaign_page_status_starts_at_ends_at" ON "campaign_page" ("status", "starts_at", "ends_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "pavilion_event" ("id" text not null, "title" jsonb not null, "body" jsonb not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "place" text check ("place" in ('centre', 'online')) not null, "online_url" text null, "product_ids" text[] not null, "status" text check ("status" in ('draft', 'published')) not null default 'draft', "boundary_checked_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "pavilion_event_pkey" primary key ("id"));`,
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pavilion_event_deleted_at" ON "pavilion_event" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_pavilion_event_status_ends_at" ON "pavilion_event" ("status", "ends_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "pavilion_page" ("id" text not null, "story" jsonb not null, "featured_exporter_ids" text[] not null, "centre_address" jsonb not null, "centre_hours" jsonb not null, "centre_pickup" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "pavilion_page_pkey" primary key ("id"));`,
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pavilion_page_deleted_at" ON "pavilion_page" ("deleted_at") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "campaign_page" cascade;`)

    this.addSql(`drop table if exists "pavilion_event" cascade;`)

    this.addSql(`drop table if exists "pavilion_page" cascade;`)
  }
}
