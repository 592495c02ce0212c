import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261203120343 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "cart_customs" drop constraint if exists "cart_customs_cart_id_unique";`)
    this.addSql(
      `create table if not exists "cart_customs" ("id" text not null, "cart_id" text not null, "identity_id" text not null, "payer_is_buyer" boolean not null, "declared_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cart_customs_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_cart_customs_cart_id_unique" ON "cart_customs" ("cart_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cart_customs_deleted_at" ON "cart_customs" ("deleted_at") WHERE deleted_at IS NULL;`)

    this.addSql(
      `create table if not exists "customs_sealing_key" ("id" text not null, "retired_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "customs_sealing_key_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_customs_sealing_key_deleted_at" ON "customs_sealing_key" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(`alter table if exists "customs_identity" add column if not exists "key_id" text null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "cart_customs" cascade;`)

    this.addSql(`drop table if exists "customs_sealing_key" cascade;`)

    this.addSql(`alter table if exists "customs_identity" drop column if exists "key_id";`)
  }
}
