import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261203141200 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "exporter" add column if not exists "suspended" boolean not null default false, add column if not exists "suspended_at" timestamptz null, add column if not exists "suspension_reason" text null;`,
    )

    this.addSql(
      `alter table if exists "exporter_admin" add column if not exists "role" text check ("role" in ('owner', 'member')) not null default 'member', add column if not exists "locale" text check ("locale" in ('uz', 'ru', 'en', 'zh-CN')) not null default 'uz';`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "exporter" drop column if exists "suspended", drop column if exists "suspended_at", drop column if exists "suspension_reason";`,
    )

    this.addSql(`alter table if exists "exporter_admin" drop column if exists "role", drop column if exists "locale";`)
  }
}
