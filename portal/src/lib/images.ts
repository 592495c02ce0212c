/** What the backend accepts for product images; checked before upload so a wrong file never leaves the browser. */
export const IMAGE_TYPES = ["image/jpeg", "image/png", "image/webp"] as const
export const IMAGE_MAX_BYTES = 5 * 1024 * 1024

export type ImageProblem = { file: File; problem: "type" | "size" }

export function checkImages(files: File[]): { accepted: File[]; refused: ImageProblem[] } {
  const accepted: File[] = []
  const refused: ImageProblem[] = []
  for (const file of files) {
    if (!IMAGE_TYPES.includes(file.type as (typeof IMAGE_TYPES)[number])) refused.push({ file, problem: "type" })
    else if (file.size > IMAGE_MAX_BYTES) refused.push({ file, problem: "size" })
    else accepted.push(file)
  }
  return { accepted, refused }
}

/** The order after moving one item by `delta` places (clamped), as the keyboard buttons and dragging do. */
export function move<T>(items: T[], from: number, to: number): T[] {
  const target = Math.max(0, Math.min(items.length - 1, to))
  if (from === target || from < 0 || from >= items.length) return items
  const next = items.slice()
  const [item] = next.splice(from, 1)
  next.splice(target, 0, item)
  return next
}
