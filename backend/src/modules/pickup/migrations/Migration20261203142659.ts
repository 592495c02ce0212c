import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261203142659 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "pickup_code" drop constraint if exists "pickup_code_order_id_unique";`)
    this.addSql(`alter table if exists "pickup_code" drop constraint if exists "pickup_code_code_unique";`)
    this.addSql(
      `create table if not exists "pickup_code" ("id" text not null, "code" text not null, "order_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "pickup_code_pkey" primary key ("id"));`,
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pickup_code_deleted_at" ON "pickup_code" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_pickup_code_code_unique" ON "pickup_code" ("code") WHERE deleted_at IS NULL;`)
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_pickup_code_order_id_unique" ON "pickup_code" ("order_id") WHERE deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "pickup_code" cascade;`)
  }
}
