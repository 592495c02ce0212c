import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261203153000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "import_job" ("id" text not null, "exporter_id" text not null, "person_id" text not null, "kind" text not null, "file_name" text not null, "dry_run" boolean not null default true, "status" text not null default 'queued', "total_rows" integer not null default 0, "processed_rows" integer not null default 0, "created_count" integer not null default 0, "updated_count" integer not null default 0, "failed_count" integer not null default 0, "problems" jsonb null, "finished_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "import_job_pkey" primary key ("id"));`,
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_import_job_deleted_at" ON "import_job" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_import_job_exporter_id" ON "import_job" ("exporter_id") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "import_job" cascade;`)
  }
}
