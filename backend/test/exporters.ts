import { randomUUID } from "node:crypto"
import { existsSync, readdirSync, readFileSync } from "node:fs"
import path from "node:path"
import { simpleParser } from "mailparser"
import { sql, testStack } from "./helpers"
import { adminClient } from "./shop"

/**
 * Exporters and their people as the tests need them: created by an operator
 * in the admin API, invited, and signed in through the portal's own routes
 * (the invitation e-mail from the outbox, accept, POST /auth/exporter/emailpass).
 */

export interface Answer<T = any> {
  status: number
  body: T
}

/** One request with a bearer token (or none); never throws, so tests can assert refusals. */
export async function call<T = any>(
  method: string,
  path: string,
  options: { token?: string; body?: unknown; form?: FormData; headers?: Record<string, string> } = {},
): Promise<Answer<T>> {
  const headers: Record<string, string> = { ...(options.headers ?? {}) }
  if (options.token) headers.authorization = `Bearer ${options.token}`
  if (options.body !== undefined) headers["content-type"] = "application/json"
  const res = await fetch(`${testStack().backendUrl}${path}`, {
    method,
    headers,
    body: options.form ?? (options.body !== undefined ? JSON.stringify(options.body) : undefined),
  })
  const text = await res.text()
  let body: any = text
  try {
    body = JSON.parse(text)
  } catch {
    // Not JSON (a CSV export, an HTML error page): the text itself is the body.
  }
  return { status: res.status, body }
}

export const PASSWORD = "a-good-long-password-1"

export interface ExporterPerson {
  exporterId: string
  handle: string
  personId: string
  email: string
  token: string
  request: <T = any>(method: string, path: string, body?: unknown) => Promise<Answer<T>>
}

let operatorToken: string | undefined
export async function operatorTokenOf(): Promise<string> {
  if (!operatorToken) {
    const admin = await adminClient()
    operatorToken = (await admin.client.getToken()) as string
  }
  return operatorToken
}

export const operator = async <T = any>(method: string, path: string, body?: unknown) =>
  call<T>(method, path, { token: await operatorTokenOf(), body })

export async function signIn(email: string, password = PASSWORD): Promise<Answer<{ token: string }>> {
  return call("POST", "/auth/exporter/emailpass", { body: { email, password } })
}

/** The newest e-mail in the outbox written from `template` to `email`, parsed as a mail client would (polled: usable in hooks). */
export async function newestMail(template: string, email: string, timeoutMs = 20_000) {
  const dir = path.join(testStack().dataDir, "outbox")
  const deadline = Date.now() + timeoutMs
  while (true) {
    const file = existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => f.endsWith(".eml") && f.includes(template))
          .sort((a, b) => Number(a.split("-")[0]) - Number(b.split("-")[0]))
          .map((f) => path.join(dir, f))
          .filter((f) => readFileSync(f, "utf8").includes(email))
          .pop()
      : undefined
    if (file) return simpleParser(readFileSync(file))
    if (Date.now() > deadline) throw new Error(`No "${template}" e-mail to ${email} in ${dir} within ${timeoutMs} ms`)
    await new Promise((r) => setTimeout(r, 250))
  }
}

/** The token of the newest invitation e-mailed to `email`, from the link in it. */
export async function invitationToken(email: string): Promise<string> {
  const mail = await newestMail("partner-invitation", email)
  const link = new URL((mail.text ?? "").match(/https?:\/\/\S+accept-invitation\S+/)![0])
  return link.searchParams.get("token")!
}

/** An operator invites `email` to an exporter; the invitation's token as e-mailed. */
export async function inviteByOperator(exporterId: string, email: string, role: "owner" | "member" = "owner", locale = "en") {
  const answer = await operator("POST", `/admin/exporters/${exporterId}/invitations`, { email, role, locale })
  if (answer.status !== 201) throw new Error(`invitation answered ${answer.status}: ${JSON.stringify(answer.body)}`)
  return invitationToken(email)
}

export async function acceptInvitation(token: string, first_name = "Test", last_name = "Person") {
  return call("POST", "/exporter/invitations/accept", { body: { token, password: PASSWORD, first_name, last_name } })
}

/** A person who accepted an invitation and signed in. */
export async function personFor(
  exporterId: string,
  handle: string,
  email: string,
  role: "owner" | "member" = "owner",
): Promise<ExporterPerson> {
  const accepted = await acceptInvitation(await inviteByOperator(exporterId, email, role))
  if (accepted.status !== 201) throw new Error(`accepting answered ${accepted.status}: ${JSON.stringify(accepted.body)}`)
  const session = await signIn(email)
  if (session.status !== 200) throw new Error(`sign-in answered ${session.status}: ${JSON.stringify(session.body)}`)
  const token = session.body.token
  const me = await call("GET", "/exporter/me", { token })
  return {
    exporterId,
    handle,
    personId: me.body.admin.id,
    email,
    token,
    request: (method, path, body) => call(method, path, { token, body }),
  }
}

/** A new exporter of its own (created by an operator) with its owner signed in. */
export async function newExporter(label = "test"): Promise<ExporterPerson> {
  const suffix = randomUUID().slice(0, 8)
  const handle = `${label}-${suffix}`
  const created = await operator("POST", "/admin/exporters", {
    handle,
    name: `${label} exporter ${suffix}`,
    region: "fergana",
    city: "Fergana",
    contact_email: `${handle}@exporter.test`,
    contact_phone: "+998 73 000 00 00",
    gacc_registration_number: "CUZB0621040300117",
  })
  if (created.status !== 201) throw new Error(`creating an exporter answered ${created.status}: ${JSON.stringify(created.body)}`)
  return personFor(created.body.exporter.id, handle, `owner-${suffix}@exporter.test`)
}

async function categoryId(handle: string): Promise<string> {
  const [row] = await sql<{ id: string }>("select id from product_category where handle = $1 and deleted_at is null", [handle])
  return row.id
}

/** A complete food listing (every checklist item met but the image, which is uploaded). */
export async function listingInput(title_zh: string, extra: Record<string, unknown> = {}) {
  return {
    content: {
      "zh-CN": { title: title_zh, subtitle: "日晒无硫", description: "来自费尔干纳的杏干。" },
      en: { title: `Test listing ${title_zh}`, description: "A test listing from Fergana." },
      ru: { title: "Тестовая курага" },
    },
    category_id: await categoryId("dried-apricots"),
    options: [{ title: "Weight", values: ["250 g", "500 g"] }],
    variants: [
      { title: "250 g", sku: `T-${randomUUID().slice(0, 8)}-250`, options: { Weight: "250 g" }, price_cny: 39, stocked_quantity: 20 },
      { title: "500 g", sku: `T-${randomUUID().slice(0, 8)}-500`, options: { Weight: "500 g" }, price_cny: 69, stocked_quantity: 10 },
    ],
    trade: {
      origin_region: "fergana",
      manufacturer: "Test cooperative",
      hs_code: "0813100000",
      vat_rate: 9,
      stock_origin: "cross_border",
      shelf_life_days: 365,
      storage: "Keep dry and cool.",
      allergens: [],
      certificates: ["gacc"],
      gacc_registration_number: "CUZB0621040300117",
      indivisible: false,
      label_zh: "品名：杏干\n配料：杏\n原产国：乌兹别克斯坦",
    },
    ...extra,
  }
}

/** The smallest valid PNG (1×1), for uploads. */
export const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64")

export function imageForm(files: { name: string; bytes: Buffer; type?: string }[]): FormData {
  const form = new FormData()
  for (const f of files) form.append("files", new Blob([new Uint8Array(f.bytes)], { type: f.type ?? "image/png" }), f.name)
  return form
}

export async function uploadImages(person: ExporterPerson, productId: string, files = [{ name: "a.png", bytes: PNG }]) {
  return call("POST", `/exporter/products/${productId}/images`, { token: person.token, form: imageForm(files) })
}

/** A listing of `person`'s exporter with an image, ready to submit. */
export async function readyListing(person: ExporterPerson, title_zh: string) {
  const created = await person.request("POST", "/exporter/products", await listingInput(title_zh))
  if (created.status !== 201) throw new Error(`creating a listing answered ${created.status}: ${JSON.stringify(created.body)}`)
  const id = created.body.product.id as string
  const uploaded = await uploadImages(person, id)
  if (uploaded.status !== 201) throw new Error(`uploading answered ${uploaded.status}: ${JSON.stringify(uploaded.body)}`)
  return uploaded.body.product as any
}

/** A listing of `person`'s exporter, submitted and approved by an operator: live in the shop with its stock. */
export async function liveListing(person: ExporterPerson, title_zh: string) {
  const listing = await readyListing(person, title_zh)
  const submitted = await person.request("POST", `/exporter/products/${listing.id}/submit`)
  if (submitted.status !== 200) throw new Error(`submitting answered ${submitted.status}: ${JSON.stringify(submitted.body)}`)
  const approved = await operator("POST", `/admin/listing-reviews/${listing.id}/approve`)
  if (approved.status !== 200) throw new Error(`approving answered ${approved.status}: ${JSON.stringify(approved.body)}`)
  const live = await person.request("GET", `/exporter/products/${listing.id}`)
  return live.body.product as any
}

/** A buyer whose name, phone, street and e-mail must never reach an exporter: what the tenancy tests search answers for. */
export const BUYER = {
  address: {
    first_name: "秀英",
    last_name: "欧阳",
    province: "广东省",
    city: "深圳市",
    address_2: "福田区莲花街道",
    address_1: "彩田路 7018 号 新浩城 2306 室",
    postal_code: "518034",
    country_code: "cn",
    phone: "13912345678",
  },
  email: "ouyang.xiuying.private@buyer.test",
  real_name: "欧阳秀英",
}

/** Every string of BUYER that is personal (the city and province may be shown). */
export const BUYER_PII = [
  BUYER.address.first_name,
  BUYER.address.last_name,
  BUYER.address.address_1,
  BUYER.address.address_2,
  BUYER.address.phone,
  BUYER.address.postal_code,
  BUYER.email,
  BUYER.real_name,
]
