import type { LoaderOptions } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { KeyRing, parsePreviousKeys } from "../sealing"
import type { CustomsModuleOptions } from "../service"

type Knex = {
  raw: (sql: string, bindings?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>
}

/**
 * Refuses to start with a customs key that does not open what is stored. A
 * changed or lost CUSTOMS_ENCRYPTION_KEY would otherwise start quietly, leave
 * every sealed ID number unreadable and, because quota is summed by keyed
 * digest, reset every buyer's annual cross-border quota. The database keeps the
 * fingerprint (key id) of every key in use; the current key is recorded here.
 */
export default async function verifyCustomsKeys({ container, options }: LoaderOptions<CustomsModuleOptions>) {
  if (!options?.encryptionKey) return // the service refuses to start with its own message
  const ring = new KeyRing(options.encryptionKey, parsePreviousKeys(options.previousKeys))
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as Knex
  const {
    rows: [table],
  } = await pg.raw("select to_regclass('customs_sealing_key') as name")
  if (!table?.name) return // not migrated yet: nothing can be sealed before the table exists

  const { rows } = await pg.raw("select id from customs_sealing_key where retired_at is null")
  const configured = new Set(ring.all.map((k) => k.id))
  const missing = rows.map((r) => String(r.id)).filter((id) => !configured.has(id))
  if (missing.length) {
    throw new Error(
      `CUSTOMS_ENCRYPTION_KEY does not match the key that sealed the ID numbers in this database (key id ${missing.join(", ")}; ` +
        `configured: ${[...configured].join(", ")}). Starting would leave them unreadable and reset every buyer's annual quota. ` +
        "Set CUSTOMS_ENCRYPTION_KEY to that key again (from your secret store or backup; the embedded default keeps it in " +
        "the data folder's secrets.json). To rotate keys, set the new key as CUSTOMS_ENCRYPTION_KEY, keep the old one in " +
        "CUSTOMS_PREVIOUS_KEYS, start, and run `npm run customs:reseal`.",
    )
  }
  await pg.raw(
    "insert into customs_sealing_key (id, retired_at, created_at, updated_at) values (?, null, now(), now()) " +
      "on conflict (id) do update set retired_at = null, updated_at = now() where customs_sealing_key.retired_at is not null",
    [ring.current.id],
  )
}
