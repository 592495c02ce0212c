import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261122133837 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "exporter_admin" drop constraint if exists "exporter_admin_email_unique";`)
    this.addSql(`alter table if exists "exporter" drop constraint if exists "exporter_handle_unique";`)
    this.addSql(
      `create table if not exists "exporter" ("id" text not null, "handle" text not null, "name" text not null, "region" text check ("region" in ('fergana', 'samarkand', 'bukhara', 'andijan', 'namangan', 'tashkent', 'qashqadarya', 'khorezm', 'surxondaryo', 'jizzakh')) not null, "city" text not null, "founded_year" integer null, "story" text null, "contact_email" text not null, "contact_phone" text not null, "website" text null, "gacc_registration_number" text null, "verified" boolean not null default false, "logo_url" text null, "brand_color" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "exporter_pkey" primary key ("id"));`,
    )
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_exporter_handle_unique" ON "exporter" ("handle") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_exporter_deleted_at" ON "exporter" ("deleted_at") WHERE deleted_at IS NULL;`)

    this.addSql(
      `create table if not exists "exporter_admin" ("id" text not null, "email" text not null, "first_name" text null, "last_name" text null, "exporter_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "exporter_admin_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_exporter_admin_email_unique" ON "exporter_admin" ("email") WHERE deleted_at IS NULL;`,
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_exporter_admin_exporter_id" ON "exporter_admin" ("exporter_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_exporter_admin_deleted_at" ON "exporter_admin" ("deleted_at") WHERE deleted_at IS NULL;`)

    this.addSql(
      `alter table if exists "exporter_admin" add constraint "exporter_admin_exporter_id_foreign" foreign key ("exporter_id") references "exporter" ("id") on update cascade on delete cascade;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "exporter_admin" drop constraint if exists "exporter_admin_exporter_id_foreign";`)

    this.addSql(`drop table if exists "exporter" cascade;`)

    this.addSql(`drop table if exists "exporter_admin" cascade;`)
  }
}
