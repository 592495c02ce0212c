import { describe, expect, it } from "vitest"
import { checkImages, IMAGE_MAX_BYTES, move } from "../src/lib/images"

const file = (name: string, type: string, size: number) => new File([new Uint8Array(size)], name, { type })

describe("image checks before upload", () => {
  it("accepts JPEG, PNG and WebP up to 5 MB and says why it refuses the rest", () => {
    const ok = file("a.jpg", "image/jpeg", 1000)
    const big = file("b.png", "image/png", IMAGE_MAX_BYTES + 1)
    const gif = file("c.gif", "image/gif", 10)
    const edge = file("d.webp", "image/webp", IMAGE_MAX_BYTES)
    const { accepted, refused } = checkImages([ok, big, gif, edge])
    expect(accepted).toEqual([ok, edge])
    expect(refused).toEqual([
      { file: big, problem: "size" },
      { file: gif, problem: "type" },
    ])
  })
})

describe("moving an image", () => {
  it("moves one place at a time and stops at the ends", () => {
    expect(move(["a", "b", "c"], 2, 1)).toEqual(["a", "c", "b"])
    expect(move(["a", "b", "c"], 0, 2)).toEqual(["b", "c", "a"])
    const same = ["a", "b"]
    expect(move(same, 0, -1)).toBe(same)
  })
})
