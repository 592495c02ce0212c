import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261203141202 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "audit_entry" ("id" text not null, "actor_type" text not null, "actor_id" text null, "actor_email" text null, "action" text not null, "resource_type" text not null, "resource_id" text not null, "scope_id" text null, "changes" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "audit_entry_pkey" primary key ("id"));`,
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_audit_entry_deleted_at" ON "audit_entry" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_audit_entry_resource_type_resource_id" ON "audit_entry" ("resource_type", "resource_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_audit_entry_scope_id" ON "audit_entry" ("scope_id") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "audit_entry" cascade;`)
  }
}
