import { describe, expect, it } from "vitest"
import { resetTokenState } from "@/lib/reset-token"

const token = (claims: Record<string, unknown>) =>
  ["header", Buffer.from(JSON.stringify(claims)).toString("base64url"), "signature"].join(".")

describe("resetTokenState", () => {
  const now = Date.UTC(2026, 0, 1, 12, 0, 0)
  it("a token whose exp is still ahead is valid (the backend checks the rest)", () => {
    expect(resetTokenState(token({ exp: now / 1000 + 60 }), now)).toBe("valid")
  })
  it("a token whose exp has passed is expired, to the second", () => {
    expect(resetTokenState(token({ exp: now / 1000 }), now)).toBe("expired")
    expect(resetTokenState(token({ exp: now / 1000 - 1 }), now)).toBe("expired")
  })
  it("anything else is malformed", () => {
    for (const bad of ["", "abc", "a.b.c", token({}), token({ exp: "soon" }), "x".repeat(5000)]) {
      expect(resetTokenState(bad, now)).toBe("malformed")
    }
  })
})
