import { MedusaError, MedusaService } from "@medusajs/framework/utils"
import CustomsDeclaration from "./models/customs-declaration"
import CustomsIdentity from "./models/customs-identity"
import { maskIdNumber, parseIdNumber } from "./id-number"
import { IdSealer } from "./sealing"

export interface CustomsModuleOptions {
  /** 32 bytes as 64 hex characters or base64: the AES-256-GCM key for ID numbers. */
  encryptionKey?: string
}

type IdentityRecord = { id: string; real_name: string; id_number_masked: string; kind: string; customer_id: string | null }

class CustomsModuleService extends MedusaService({ CustomsIdentity, CustomsDeclaration }) {
  private readonly sealer: IdSealer

  constructor(container: Record<string, unknown>, options: CustomsModuleOptions = {}) {
    // @ts-ignore MedusaService's constructor takes the container and the module declaration
    super(...arguments)
    if (!options.encryptionKey) {
      throw new Error("The customs module needs CUSTOMS_ENCRYPTION_KEY (32 bytes, hex or base64) to seal ID numbers.")
    }
    this.sealer = new IdSealer(options.encryptionKey)
  }

  /** Validates an ID number (throws IdNumberError) and returns what may be stored of it. */
  protectIdNumber(idNumber: string) {
    const parsed = parseIdNumber(idNumber)
    return {
      kind: parsed.kind,
      id_number_sealed: this.sealer.seal(parsed.value),
      id_number_digest: this.sealer.digest(parsed.value),
      id_number_masked: maskIdNumber(parsed.value),
    }
  }

  /** The digest under which a (valid) ID number's quota is kept. */
  digestOf(idNumber: string): string {
    return this.sealer.digest(parseIdNumber(idNumber).value)
  }

  /** Cross-border value declared under this ID number in a calendar year and still counting (CNY). */
  async usedThisYear(digest: string, year: number): Promise<number> {
    const declarations = await this.listCustomsDeclarations({ id_number_digest: digest, year })
    return declarations.reduce((sum, d) => sum + Number(d.amount) - Number(d.released_amount), 0)
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

  /** An identity the cart may use: the signed-in customer's own, or the guest identity made for this cart. */
  async retrieveUsableIdentity(identityId: string, owner: { customer_id?: string | null; cart_id: string }) {
    const [identity] = await this.listCustomsIdentities({ id: identityId })
    const mine =
      identity &&
      ((identity.customer_id && identity.customer_id === owner.customer_id) || identity.cart_id === owner.cart_id)
    if (!mine) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customs identity ${identityId} was not found.`)
    }
    return identity
  }
}

export default CustomsModuleService
