import { describe, expect, it } from "vitest"
import { personName } from "@/lib/person-name"

describe("a person's name in the page's language", () => {
  it("writes a name in Latin letters given name first in English, family name first in Chinese, with a space", () => {
    expect(personName({ firstName: "Fang", lastName: "Wang" }, "en")).toBe("Fang Wang")
    expect(personName({ firstName: "Fang", lastName: "Wang" }, "zh-CN")).toBe("Wang Fang")
  })

  it("writes a name in Chinese characters family name first without a space, in either language", () => {
    expect(personName({ firstName: "芳", lastName: "王" }, "zh-CN")).toBe("王芳")
    expect(personName({ firstName: "芳", lastName: "王" }, "en")).toBe("王芳")
    expect(personName({ firstName: "小明", lastName: "欧阳" }, "en")).toBe("欧阳小明")
  })

  it("leaves out a missing part and surrounding blanks", () => {
    expect(personName({ firstName: " Fang ", lastName: null }, "en")).toBe("Fang")
    expect(personName({ firstName: undefined, lastName: "Wang" }, "zh-CN")).toBe("Wang")
    expect(personName({}, "en")).toBe("")
  })
})
