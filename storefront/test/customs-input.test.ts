import { describe, expect, it } from "vitest"
import { identityProblems } from "@/lib/customs-input"

describe("a customs identity before it is sent", () => {
  it("names each empty field", () => {
    expect(identityProblems("", "")).toEqual({ realName: "required", idNumber: "required" })
    expect(identityProblems("王芳", "  ")).toEqual({ idNumber: "required" })
  })
  it("refuses what the backend would not take, by field", () => {
    expect(identityProblems("王".repeat(41), "1".repeat(31))).toEqual({ realName: "tooLong", idNumber: "tooLong" })
  })
  it("leaves the rules (GB 11643, the name's script) to the backend", () => {
    expect(identityProblems("Wang Fang", "123")).toBeUndefined()
  })
})
