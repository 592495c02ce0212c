import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261203122811 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "search_catch_up" ("id" text not null, "missed_writes" integer not null default 0, "caught_up_to" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "search_catch_up_pkey" primary key ("id"));`,
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_search_catch_up_deleted_at" ON "search_catch_up" ("deleted_at") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "search_catch_up" cascade;`)
  }
}
