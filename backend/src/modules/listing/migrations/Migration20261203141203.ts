import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261203141203 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "listing" drop constraint if exists "listing_product_id_unique";`)
    this.addSql(
      `create table if not exists "listing" ("id" text not null, "product_id" text not null, "state" text check ("state" in ('draft', 'in_review', 'live', 'changes_requested', 'archived')) not null default 'draft', "pending" jsonb null, "submitted_at" timestamptz null, "review_reason" text null, "reviewed_at" timestamptz null, "reviewed_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "listing_pkey" primary key ("id"));`,
    )
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_listing_product_id_unique" ON "listing" ("product_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_listing_deleted_at" ON "listing" ("deleted_at") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "listing" cascade;`)
  }
}
