import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from "node:crypto"

/**
 * ID numbers at rest: AES-256-GCM with a random nonce per value, and a keyed
 * digest (HMAC-SHA256 under a key derived from the same secret) so the annual
 * quota can be summed per ID number without decrypting anything. A plain hash
 * would not do: 18-digit IDs with a known birth date are easy to enumerate.
 *
 * Keys rotate: every sealed value names the key that sealed it (its key id, a
 * fingerprint derived from the key, never the key itself). A ring holds the
 * current key, which seals and digests, and previous keys, which only open
 * values not yet re-sealed (`npm run customs:reseal`).
 */
export class CustomsKey {
  readonly id: string
  private readonly cipherKey: Buffer
  private readonly digestKey: Buffer

  constructor(secret: string) {
    const key = Buffer.from(secret, /^[0-9a-f]{64}$/i.test(secret) ? "hex" : "base64")
    if (key.length !== 32) {
      throw new Error("A customs encryption key must be 32 bytes, written as 64 hex characters or base64.")
    }
    const derive = (info: string) => Buffer.from(hkdfSync("sha256", key, Buffer.alloc(0), info, 32))
    this.cipherKey = derive("bozor customs id cipher")
    this.digestKey = derive("bozor customs id digest")
    this.id = derive("bozor customs key id").subarray(0, 8).toString("hex")
  }

  seal(plain: string): string {
    const nonce = randomBytes(12)
    const cipher = createCipheriv("aes-256-gcm", this.cipherKey, nonce)
    const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()])
    return ["v2", this.id, nonce.toString("base64url"), body.toString("base64url"), cipher.getAuthTag().toString("base64url")].join(".")
  }

  open(nonce: string, body: string, tag: string): string {
    const decipher = createDecipheriv("aes-256-gcm", this.cipherKey, Buffer.from(nonce, "base64url"))
    decipher.setAuthTag(Buffer.from(tag, "base64url"))
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8")
  }

  digest(plain: string): string {
    return createHmac("sha256", this.digestKey).update(plain).digest("hex")
  }
}

export class KeyRing {
  readonly current: CustomsKey
  readonly previous: CustomsKey[]

  constructor(currentSecret: string, previousSecrets: string[] = []) {
    this.current = new CustomsKey(currentSecret)
    this.previous = previousSecrets.map((s) => new CustomsKey(s)).filter((k) => k.id !== this.current.id)
  }

  get all(): CustomsKey[] {
    return [this.current, ...this.previous]
  }

  /** The key id a sealed value names; values sealed before key ids existed name none (the key of their time). */
  static keyIdOf(sealed: string): string | null {
    const [version, keyId] = sealed.split(".")
    return version === "v2" ? keyId : null
  }

  seal(plain: string): { sealed: string; key_id: string } {
    return { sealed: this.current.seal(plain), key_id: this.current.id }
  }

  open(sealed: string): string {
    const parts = sealed.split(".")
    if (parts[0] === "v1") {
      // Sealed before key ids: try each configured key (the authentication tag tells the right one).
      for (const key of this.all) {
        try {
          return key.open(parts[1], parts[2], parts[3])
        } catch {
          /* not this key */
        }
      }
      throw new Error("No configured customs key opens this value (sealed before key ids).")
    }
    if (parts[0] !== "v2") throw new Error(`Unknown sealed ID format ${parts[0]}`)
    const key = this.all.find((k) => k.id === parts[1])
    if (!key) throw new Error(`The customs key ${parts[1]} that sealed this value is not configured.`)
    return key.open(parts[2], parts[3], parts[4])
  }

  /** Digest under the current key: what new declarations are recorded under. */
  digest(plain: string): string {
    return this.current.digest(plain)
  }

  /** Digests under every configured key: quota recorded before a rotation still counts until it is re-sealed. */
  digests(plain: string): string[] {
    return this.all.map((k) => k.digest(plain))
  }
}

/** `CUSTOMS_PREVIOUS_KEYS`: earlier keys, comma-separated, kept while their values are re-sealed. */
export const parsePreviousKeys = (value?: string | null): string[] =>
  (value ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)
