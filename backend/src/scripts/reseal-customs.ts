import type { ExecArgs } from "@medusajs/framework/types"
import { CUSTOMS_MODULE } from "../modules/customs"
import type CustomsModuleService from "../modules/customs/service"

const BATCH = 500

/**
 * `npm run customs:reseal`: moves every sealed ID number and every quota
 * digest to the current customs key (CUSTOMS_ENCRYPTION_KEY), opening them
 * with the previous keys (CUSTOMS_PREVIOUS_KEYS). Safe to stop and run again:
 * what already uses the current key is skipped. When nothing uses an older key
 * any more, that key is marked retired and may be dropped from the
 * configuration.
 */
export default async function resealCustoms({ container }: ExecArgs) {
  const customs: CustomsModuleService = container.resolve(CUSTOMS_MODULE)
  const current = customs.keys.current
  const digestOf = new Map<string, string>()
  let resealed = 0

  for (let skip = 0; ; skip += BATCH) {
    const identities = await customs.listCustomsIdentities({}, { withDeleted: true, take: BATCH, skip, order: { id: "ASC" } })
    if (!identities.length) break
    const updates = []
    for (const identity of identities) {
      const plain = customs.keys.open(identity.id_number_sealed)
      const digest = current.digest(plain)
      digestOf.set(identity.id, digest)
      if (identity.key_id === current.id && identity.id_number_digest === digest) continue
      updates.push({ id: identity.id, id_number_sealed: current.seal(plain), id_number_digest: digest, key_id: current.id })
    }
    if (updates.length) await customs.updateCustomsIdentities(updates)
    resealed += updates.length
  }

  let redigested = 0
  for (let skip = 0; ; skip += BATCH) {
    const declarations = await customs.listCustomsDeclarations({}, { withDeleted: true, take: BATCH, skip, order: { id: "ASC" } })
    if (!declarations.length) break
    const updates = declarations
      .filter((d) => digestOf.has(d.identity_id) && d.id_number_digest !== digestOf.get(d.identity_id))
      .map((d) => ({ id: d.id, id_number_digest: digestOf.get(d.identity_id)! }))
    if (updates.length) await customs.updateCustomsDeclarations(updates)
    redigested += updates.length
  }

  const retired = (await customs.listSealingKeys({ retired_at: null })).filter((k) => k.id !== current.id)
  if (retired.length) await customs.updateSealingKeys(retired.map((k) => ({ id: k.id, retired_at: new Date() })))
  console.log(
    `  Customs key ${current.id}: ${resealed} ID numbers re-sealed, ${redigested} quota declarations re-keyed; ` +
      (retired.length
        ? `retired key ${retired.map((k) => k.id).join(", ")} (it may now be removed from CUSTOMS_PREVIOUS_KEYS).`
        : "no older key in use."),
  )
}
