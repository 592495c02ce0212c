import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261203152703 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "consulate_staff" drop constraint if exists "consulate_staff_email_unique";`)
    this.addSql(
      `create table if not exists "consulate_staff" ("id" text not null, "email" text not null, "first_name" text null, "last_name" text null, "role" text check ("role" in ('owner', 'member')) not null default 'member', "locale" text check ("locale" in ('uz', 'ru', 'en', 'zh-CN')) not null default 'ru', "suspended" boolean not null default false, "suspended_at" timestamptz null, "suspension_reason" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "consulate_staff_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_consulate_staff_email_unique" ON "consulate_staff" ("email") WHERE deleted_at IS NULL;`,
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_consulate_staff_deleted_at" ON "consulate_staff" ("deleted_at") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "consulate_staff" cascade;`)
  }
}
