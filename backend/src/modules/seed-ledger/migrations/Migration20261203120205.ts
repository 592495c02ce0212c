import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261203120205 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "seed_record" ("id" text not null, "entity_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "seed_record_pkey" primary key ("id"));`,
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seed_record_deleted_at" ON "seed_record" ("deleted_at") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "seed_record" cascade;`)
  }
}
