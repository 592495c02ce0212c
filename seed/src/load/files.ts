import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import type { SeedContext } from "./context"

/** Uploads generated images through Medusa's File Module (local disk by default, S3 when configured). */
export async function uploadImages(ctx: SeedContext, files: { filename: string; content: Buffer; mimeType?: string }[]): Promise<string[]> {
  if (!files.length) return []
  const { result } = await uploadFilesWorkflow(ctx.container).run({
    input: {
      files: files.map((f) => ({
        filename: f.filename,
        mimeType: f.mimeType ?? "image/webp",
        content: f.content.toString("base64"),
        access: "public" as const,
      })),
    },
  })
  return result.map((f: { url: string }) => f.url)
}
