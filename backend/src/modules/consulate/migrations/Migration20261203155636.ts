import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261203155636 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "consulate_campaign" drop constraint if exists "consulate_campaign_campaign_id_unique";`)
    this.addSql(
      `alter table if exists "campaign_featured_product" drop constraint if exists "campaign_featured_product_campaign_id_product_id_unique";`,
    )
    this.addSql(
      `create table if not exists "campaign_featured_product" ("id" text not null, "campaign_id" text not null, "product_id" text not null, "position" integer not null default 0, "source" text check ("source" in ('staff', 'nomination')) not null default 'staff', "nomination_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "campaign_featured_product_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_campaign_featured_product_deleted_at" ON "campaign_featured_product" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_campaign_featured_product_campaign_id_product_id_unique" ON "campaign_featured_product" ("campaign_id", "product_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_campaign_featured_product_product_id" ON "campaign_featured_product" ("product_id") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "campaign_nomination" ("id" text not null, "campaign_id" text not null, "product_id" text not null, "exporter_id" text not null, "status" text check ("status" in ('invited', 'accepted', 'declined', 'withdrawn')) not null default 'invited', "message" text null, "invited_by" text not null, "decided_by" text null, "decided_at" timestamptz null, "decline_reason" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "campaign_nomination_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_campaign_nomination_deleted_at" ON "campaign_nomination" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_campaign_nomination_exporter_id_status" ON "campaign_nomination" ("exporter_id", "status") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_campaign_nomination_campaign_id" ON "campaign_nomination" ("campaign_id") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "consulate_campaign" ("id" text not null, "campaign_id" text not null, "created_by" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "consulate_campaign_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_consulate_campaign_campaign_id_unique" ON "consulate_campaign" ("campaign_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_consulate_campaign_deleted_at" ON "consulate_campaign" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "campaign_featured_product" cascade;`)

    this.addSql(`drop table if exists "campaign_nomination" cascade;`)

    this.addSql(`drop table if exists "consulate_campaign" cascade;`)
  }
}
