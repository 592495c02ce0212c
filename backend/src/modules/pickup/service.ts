import { randomInt } from "node:crypto"
import { MedusaError, MedusaService } from "@medusajs/framework/utils"
import PickupCode from "./models/pickup-code"

/** Eight random digits: quick to read out and type, and a space (10⁸) no one walks through at the counter. */
const newPickupCode = () => String(randomInt(0, 100_000_000)).padStart(8, "0")

/** What staff may type or scan: the digits, with or without spaces and dashes. */
const normalizePickupCode = (input: string) => input.replace(/[\s-]/g, "")
export const isPickupCode = (input: string) => /^\d{8}$/.test(normalizePickupCode(input))

export default class PickupModuleService extends MedusaService({ PickupCode }) {
  /**
   * The order's pickup code, made on first ask. The confirmation e-mail, the shop's order page and the admin may ask
   * at the same moment: the unique indexes let only one code per order (and no code twice) be stored, and whoever
   * lost the race reads the winner's.
   */
  async codeForOrder(orderId: string): Promise<string> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const [existing] = await this.listPickupCodes({ order_id: orderId }, { take: 1 })
      if (existing) return existing.code
      try {
        return (await this.createPickupCodes({ order_id: orderId, code: newPickupCode() })).code
      } catch {
        // Another caller stored this order's code first, or (once in 10⁸) the digits are taken: look again.
      }
    }
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `No pickup code could be stored for order ${orderId}.`)
  }

  /** The order a code belongs to, or null. */
  async orderOfCode(input: string): Promise<string | null> {
    if (!isPickupCode(input)) return null
    const [found] = await this.listPickupCodes({ code: normalizePickupCode(input) }, { take: 1 })
    return found?.order_id ?? null
  }
}
