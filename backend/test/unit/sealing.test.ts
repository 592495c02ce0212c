import { randomBytes } from "node:crypto"
import { describe, expect, it } from "vitest"
import { CustomsKey, KeyRing } from "../../src/modules/customs/sealing"

const key = randomBytes(32).toString("hex")
const ID = "11010519491231002X"

describe("sealed ID numbers", () => {
  it("round-trips, with a fresh nonce each time, the key's id and no plain text in the sealed form", () => {
    const ring = new KeyRing(key)
    const a = ring.seal(ID)
    const b = ring.seal(ID)
    expect(a.sealed).not.toBe(b.sealed)
    expect(a.sealed).not.toContain(ID)
    expect(a.key_id).toBe(new CustomsKey(key).id)
    expect(KeyRing.keyIdOf(a.sealed)).toBe(a.key_id)
    expect(a.sealed).not.toContain(key)
    expect(ring.open(a.sealed)).toBe(ID)
  })

  it("detects tampering and refuses another key", () => {
    const ring = new KeyRing(key)
    const { sealed } = ring.seal(ID)
    const parts = sealed.split(".")
    const flipped = Buffer.from(parts[3], "base64url")
    flipped[0] ^= 1
    parts[3] = flipped.toString("base64url")
    expect(() => ring.open(parts.join("."))).toThrow()
    expect(() => new KeyRing(randomBytes(32).toString("hex")).open(sealed)).toThrow(/not configured/)
  })

  it("digests the same number the same way under one key, differently under another", () => {
    const ring = new KeyRing(key)
    expect(ring.digest(ID)).toBe(new KeyRing(key).digest(ID))
    expect(ring.digest(ID)).not.toBe(new KeyRing(randomBytes(32).toString("base64")).digest(ID))
  })

  it("refuses a key of the wrong size", () => {
    expect(() => new KeyRing("abc")).toThrow(/32 bytes/)
  })
})

describe("key rotation", () => {
  const oldKey = randomBytes(32).toString("hex")
  const newKey = randomBytes(32).toString("hex")

  it("opens values of a previous key by their key id, and seals and digests with the current one", () => {
    const before = new KeyRing(oldKey).seal(ID)
    const rotated = new KeyRing(newKey, [oldKey])
    expect(rotated.open(before.sealed)).toBe(ID)
    expect(rotated.seal(ID).key_id).toBe(new CustomsKey(newKey).id)
    expect(rotated.digest(ID)).toBe(new KeyRing(newKey).digest(ID))
    // Quota recorded under the old key's digest still counts until it is re-keyed.
    expect(rotated.digests(ID)).toEqual([new KeyRing(newKey).digest(ID), new KeyRing(oldKey).digest(ID)])
  })

  it("still opens values sealed before key ids existed (v1), with whichever configured key sealed them", () => {
    const old = new CustomsKey(oldKey)
    const [, , nonce, body, tag] = old.seal(ID).split(".")
    const v1 = ["v1", nonce, body, tag].join(".")
    expect(new KeyRing(newKey, [oldKey]).open(v1)).toBe(ID)
    expect(() => new KeyRing(newKey).open(v1)).toThrow(/No configured customs key/)
  })
})
