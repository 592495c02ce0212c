import { describe, expect, it } from "vitest"
import { ID_NUMBER_EXAMPLE } from "@/lib/customs-example"
import { identityProblems } from "@/lib/customs-input"
import { parseIdNumber } from "../../backend/src/modules/customs/id-number"

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
  it("shows an example ID number that the backend's checks accept", () => {
    expect(parseIdNumber(ID_NUMBER_EXAMPLE).value).toBe(ID_NUMBER_EXAMPLE)
  })
})
