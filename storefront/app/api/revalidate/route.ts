import { revalidateTag } from "next/cache"
import { NextResponse, type NextRequest } from "next/server"
import { timingSafeEqual } from "node:crypto"

const ALLOWED = /^[a-z_:0-9-]{1,100}$/

/**
 * The backend calls this when products, prices, translations or promotions
 * change (backend/src/subscribers/storefront-revalidation.ts), with the shared
 * secret; the tags named are dropped from the cache. Normally the next visitor
 * still gets the cached page while a fresh one renders; with `immediate` (a
 * campaign's start or end, a consulate edit) the reads expire at once, so the
 * next visitor already gets the new state.
 */
export async function POST(request: NextRequest) {
  const secret = process.env.REVALIDATE_SECRET ?? ""
  const given = request.headers.get("x-revalidate-secret") ?? ""
  const ok = secret.length > 0 && given.length === secret.length && timingSafeEqual(Buffer.from(given), Buffer.from(secret))
  if (!ok) return NextResponse.json({ message: "Invalid revalidation secret" }, { status: 401 })
  const body = (await request.json().catch(() => null)) as { tags?: unknown; immediate?: unknown } | null
  const tags = Array.isArray(body?.tags) ? body!.tags.filter((t): t is string => typeof t === "string" && ALLOWED.test(t)).slice(0, 50) : []
  if (!tags.length) return NextResponse.json({ message: "tags must be a non-empty list of cache tags" }, { status: 400 })
  for (const tag of tags) revalidateTag(tag, body?.immediate === true ? { expire: 0 } : "max")
  return NextResponse.json({ revalidated: tags })
}
