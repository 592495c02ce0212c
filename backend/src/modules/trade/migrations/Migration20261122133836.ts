import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261122133836 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "trade_profile" ("id" text not null, "origin_region" text check ("origin_region" in ('fergana', 'samarkand', 'bukhara', 'andijan', 'namangan', 'tashkent', 'qashqadarya', 'khorezm', 'surxondaryo', 'jizzakh')) not null, "hs_code" text not null, "vat_rate" integer not null, "stock_origin" text check ("stock_origin" in ('cross_border', 'domestic')) not null, "fulfilment_modes" text[] not null, "shelf_life_days" integer null, "storage" text null, "allergens" text[] not null, "certificates" text[] not null, "manufacturer" text not null, "gacc_registration_number" text null, "indivisible" boolean not null default false, "label_zh" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "trade_profile_pkey" primary key ("id"));`,
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_trade_profile_deleted_at" ON "trade_profile" ("deleted_at") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "trade_profile" cascade;`)
  }
}
