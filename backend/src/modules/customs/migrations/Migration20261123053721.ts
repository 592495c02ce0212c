import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261123053721 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "customs_declaration" drop constraint if exists "customs_declaration_cart_id_unique";`)
    this.addSql(
      `create table if not exists "customs_declaration" ("id" text not null, "cart_id" text not null, "order_id" text null, "identity_id" text not null, "id_number_digest" text not null, "year" integer not null, "amount" numeric not null, "released_amount" numeric not null default 0, "raw_amount" jsonb not null, "raw_released_amount" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "customs_declaration_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_customs_declaration_cart_id_unique" ON "customs_declaration" ("cart_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_customs_declaration_deleted_at" ON "customs_declaration" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_customs_declaration_id_number_digest_year" ON "customs_declaration" ("id_number_digest", "year") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "customs_identity" ("id" text not null, "customer_id" text null, "cart_id" text null, "real_name" text not null, "id_number_sealed" text not null, "id_number_digest" text not null, "id_number_masked" text not null, "kind" text check ("kind" in ('mainland', 'hong_kong', 'macau', 'taiwan')) not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "customs_identity_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_customs_identity_deleted_at" ON "customs_identity" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_customs_identity_customer_id" ON "customs_identity" ("customer_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_customs_identity_id_number_digest" ON "customs_identity" ("id_number_digest") WHERE deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "customs_declaration" cascade;`)

    this.addSql(`drop table if exists "customs_identity" cascade;`)
  }
}
