import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from "node:crypto"

/**
 * ID numbers at rest: AES-256-GCM with a random nonce per value, and a keyed
 * digest (HMAC-SHA256 under a key derived from the same secret) so the annual
 * quota can be summed per ID number without decrypting anything. A plain hash
 * would not do: 18-digit IDs with a known birth date are easy to enumerate.
 */
export class IdSealer {
  private readonly cipherKey: Buffer
  private readonly digestKey: Buffer

  constructor(secret: string) {
    const key = Buffer.from(secret, /^[0-9a-f]{64}$/i.test(secret) ? "hex" : "base64")
    if (key.length !== 32) {
      throw new Error("CUSTOMS_ENCRYPTION_KEY must be 32 bytes, written as 64 hex characters or base64.")
    }
    this.cipherKey = Buffer.from(hkdfSync("sha256", key, Buffer.alloc(0), "bozor customs id cipher", 32))
    this.digestKey = Buffer.from(hkdfSync("sha256", key, Buffer.alloc(0), "bozor customs id digest", 32))
  }

  seal(plain: string): string {
    const nonce = randomBytes(12)
    const cipher = createCipheriv("aes-256-gcm", this.cipherKey, nonce)
    const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()])
    return ["v1", nonce.toString("base64url"), body.toString("base64url"), cipher.getAuthTag().toString("base64url")].join(".")
  }

  open(sealed: string): string {
    const [version, nonce, body, tag] = sealed.split(".")
    if (version !== "v1") throw new Error(`Unknown sealed ID format ${version}`)
    const decipher = createDecipheriv("aes-256-gcm", this.cipherKey, Buffer.from(nonce, "base64url"))
    decipher.setAuthTag(Buffer.from(tag, "base64url"))
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8")
  }

  digest(plain: string): string {
    return createHmac("sha256", this.digestKey).update(plain).digest("hex")
  }
}
