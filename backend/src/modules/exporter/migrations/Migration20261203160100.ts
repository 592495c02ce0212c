import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261203160100 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "exporter" add column if not exists "commission_bps" integer not null default 1500;`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "exporter" drop column if exists "commission_bps";`)
  }
}
