import { MedusaError, MedusaService } from "@medusajs/framework/utils"
import CartCustoms from "./models/cart-customs"
import CustomsDeclaration from "./models/customs-declaration"
import CustomsIdentity from "./models/customs-identity"
import SealingKey from "./models/sealing-key"
import { maskIdNumber, parseIdNumber } from "./id-number"
import { fen } from "./rules"
import { KeyRing, parsePreviousKeys } from "./sealing"

export interface CustomsModuleOptions {
  /** 32 bytes as 64 hex characters or base64: the AES-256-GCM key that seals ID numbers now. */
  encryptionKey?: string
  /** Earlier keys (comma-separated), kept only while `customs:reseal` moves their values to the current key. */
  previousKeys?: string
}

type IdentityRecord = { id: string; real_name: string; id_number_masked: string; kind: string; customer_id: string | null }
type SealedIdentity = { id_number_sealed: string }

/** Who asks to use an identity: the signed-in customer (from the session, never from the request) and the cart. */
interface IdentityUser {
  actor_customer_id: string | null
  cart_id: string
}

class CustomsModuleService extends MedusaService({ CustomsIdentity, CustomsDeclaration, CartCustoms, SealingKey }) {
  readonly keys: KeyRing

  constructor(container: Record<string, unknown>, options: CustomsModuleOptions = {}) {
    super(...arguments) // eslint-disable-line prefer-rest-params -- every argument Medusa passes goes to the base

    if (!options.encryptionKey) {
      throw new Error("The customs module needs CUSTOMS_ENCRYPTION_KEY (32 bytes, hex or base64) to seal ID numbers.")
    }
    this.keys = new KeyRing(options.encryptionKey, parsePreviousKeys(options.previousKeys))
  }

  /** Validates an ID number (throws IdNumberError) and returns what may be stored of it. */
  protectIdNumber(idNumber: string) {
    const parsed = parseIdNumber(idNumber)
    const { sealed, key_id } = this.keys.seal(parsed.value)
    return {
      kind: parsed.kind,
      id_number_sealed: sealed,
      id_number_digest: this.keys.digest(parsed.value),
      id_number_masked: maskIdNumber(parsed.value),
      key_id,
    }
  }

  /** Every digest an identity's number may have been recorded under (one per configured key). */
  digestsOf(identity: SealedIdentity): string[] {
    return this.keys.digests(this.keys.open(identity.id_number_sealed))
  }

  /** The digests of a (valid) ID number as entered. */
  digestsOfNumber(idNumber: string): string[] {
    return this.keys.digests(parseIdNumber(idNumber).value)
  }

  /** Cross-border value declared under these digests in a quota year and still counting, in fen. */
  async usedFen(digests: string[], year: number, filter: { identity_id?: string[]; excludeCartId?: string } = {}): Promise<number> {
    const declarations = await this.listCustomsDeclarations({
      id_number_digest: digests,
      year,
      ...(filter.identity_id ? { identity_id: filter.identity_id } : {}),
    })
    return declarations
      .filter((d) => d.cart_id !== filter.excludeCartId)
      .reduce((sum, d) => sum + fen(Number(d.amount)) - fen(Number(d.released_amount)), 0)
  }

  /** The real name this ID number was first declared under, if it was (removed identities included). */
  async firstRealName(digests: string[]): Promise<string | null> {
    const [first] = await this.listCustomsIdentities(
      { id_number_digest: digests },
      { order: { created_at: "ASC" }, take: 1, withDeleted: true },
    )
    return first?.real_name ?? null
  }

  /** An identity the way every API shows it: the ID number masked, never sealed or digested. */
  static present(identity: IdentityRecord) {
    return {
      id: identity.id,
      real_name: identity.real_name,
      id_number: identity.id_number_masked,
      kind: identity.kind,
    }
  }

  /**
   * An identity this cart may be declared under: one the signed-in customer saved, or one entered for this very
   * cart. The cart's own customer_id does not count: Medusa links a guest's cart to whichever customer has the
   * e-mail the guest typed.
   */
  async retrieveUsableIdentity(identityId: unknown, user: IdentityUser) {
    const found = typeof identityId === "string" && identityId ? (await this.listCustomsIdentities({ id: identityId }))[0] : undefined
    const usable =
      found &&
      (found.customer_id ? !!user.actor_customer_id && found.customer_id === user.actor_customer_id : found.cart_id === user.cart_id)
    if (!usable) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Customs identity was not found.")
    return found
  }

  /** The identity a completed cart's cross-border goods were declared under (the quota record), or null. */
  async declaredIdentity(cartId: string) {
    const [declaration] = await this.listCustomsDeclarations({ cart_id: cartId })
    if (!declaration) return null
    const [identity] = await this.listCustomsIdentities({ id: declaration.identity_id }, { withDeleted: true })
    return identity ?? null
  }

  /** The declaration a cart carries, with its identity, or null. */
  async cartDeclaration(cartId: string) {
    const [binding] = await this.listCartCustoms({ cart_id: cartId })
    if (!binding) return null
    const [identity] = await this.listCustomsIdentities({ id: binding.identity_id }, { withDeleted: true })
    return identity ? { binding, identity } : null
  }
}

export default CustomsModuleService
