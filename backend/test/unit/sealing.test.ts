import { randomBytes } from "node:crypto"
import { describe, expect, it } from "vitest"
import { IdSealer } from "../../src/modules/customs/sealing"

const key = randomBytes(32).toString("hex")

describe("sealed ID numbers", () => {
  it("round-trips, with a fresh nonce each time and no plain text in the sealed form", () => {
    const sealer = new IdSealer(key)
    const a = sealer.seal("11010519491231002X")
    const b = sealer.seal("11010519491231002X")
    expect(a).not.toBe(b)
    expect(a).not.toContain("11010519491231002X")
    expect(sealer.open(a)).toBe("11010519491231002X")
  })

  it("detects tampering and refuses another key", () => {
    const sealer = new IdSealer(key)
    const sealed = sealer.seal("11010519491231002X")
    const [v, nonce, body, tag] = sealed.split(".")
    const flipped = Buffer.from(body, "base64url")
    flipped[0] ^= 1
    expect(() => sealer.open([v, nonce, flipped.toString("base64url"), tag].join("."))).toThrow()
    expect(() => new IdSealer(randomBytes(32).toString("hex")).open(sealed)).toThrow()
  })

  it("digests the same number the same way under one key, differently under another", () => {
    const sealer = new IdSealer(key)
    expect(sealer.digest("11010519491231002X")).toBe(new IdSealer(key).digest("11010519491231002X"))
    expect(sealer.digest("11010519491231002X")).not.toBe(new IdSealer(randomBytes(32).toString("base64")).digest("11010519491231002X"))
  })

  it("refuses a key of the wrong size", () => {
    expect(() => new IdSealer("abc")).toThrow(/32 bytes/)
  })
})
