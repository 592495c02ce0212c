import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261203141201 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "partner_invitation" drop constraint if exists "partner_invitation_token_hash_unique";`)
    this.addSql(
      `create table if not exists "partner_invitation" ("id" text not null, "actor_type" text not null, "scope_id" text null, "email" text not null, "role" text check ("role" in ('owner', 'member')) not null default 'member', "locale" text check ("locale" in ('uz', 'ru', 'en', 'zh-CN')) not null default 'uz', "token_hash" text not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "revoked_at" timestamptz null, "invited_by" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "partner_invitation_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_partner_invitation_token_hash_unique" ON "partner_invitation" ("token_hash") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_partner_invitation_deleted_at" ON "partner_invitation" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_partner_invitation_actor_type_scope_id" ON "partner_invitation" ("actor_type", "scope_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_partner_invitation_email" ON "partner_invitation" ("email") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "partner_invitation" cascade;`)
  }
}
