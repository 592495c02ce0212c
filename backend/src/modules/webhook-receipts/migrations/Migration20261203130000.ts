import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261203130000 extends Migration {
  override async up(): Promise<void> {
    // Receipts written before states existed were treated as done: they stay done.
    this.addSql(
      `alter table if exists "webhook_receipt" add column if not exists "state" text check ("state" in ('received', 'processing', 'processed')) not null default 'processed', add column if not exists "claimed_at" timestamptz null, add column if not exists "processed_at" timestamptz null;`,
    )
    this.addSql(`alter table if exists "webhook_receipt" alter column "state" set default 'received';`)
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "webhook_receipt" drop column if exists "state", drop column if exists "claimed_at", drop column if exists "processed_at";`,
    )
  }
}
