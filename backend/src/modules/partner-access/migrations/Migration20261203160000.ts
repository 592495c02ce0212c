import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261203160000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "partner_api_key" drop constraint if exists "partner_api_key_token_prefix_unique";`)
    this.addSql(
      `create table if not exists "partner_api_key" ("id" text not null, "actor_type" text not null, "scope_id" text not null, "title" text not null, "token_prefix" text not null, "token_hash" text not null, "created_by" text not null, "last_used_at" timestamptz null, "revoked_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "partner_api_key_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_partner_api_key_token_prefix_unique" ON "partner_api_key" ("token_prefix") WHERE deleted_at IS NULL;`,
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_partner_api_key_deleted_at" ON "partner_api_key" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_partner_api_key_actor_type_scope_id" ON "partner_api_key" ("actor_type", "scope_id") WHERE deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "partner_api_key" cascade;`)
  }
}
