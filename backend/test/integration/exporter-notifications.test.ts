import { existsSync, readdirSync, readFileSync } from "node:fs"
import path from "node:path"
import { randomUUID } from "node:crypto"
import { beforeAll, describe, expect, it } from "vitest"
import { sql, storeClient, testStack } from "../helpers"
import { newestMail, newExporter, operator, readyListing, type ExporterPerson } from "../exporters"
import { cartWith, checkout, CHINA_ADDRESS, newIdNumber } from "../shop"

/**
 * E-mails to an exporter's people, read from the outbox as a mail client
 * would: a listing approved or sent back with the reason, stock falling below
 * the threshold (once per fall), new order lines without the buyer's details —
 * each in the person's stored language.
 */

const tag = () => randomUUID().slice(0, 6)
const mailsTo = (template: string, email: string) => {
  const dir = path.join(testStack().dataDir, "outbox")
  return existsSync(dir)
    ? readdirSync(dir).filter((f) => f.includes(template) && readFileSync(path.join(dir, f), "utf8").includes(email)).length
    : 0
}
/** The low-stock mark the subscriber keeps on a variant's stock level (null once the level is back above the threshold). */
const lowStockMark = async (variantId: string) =>
  (
    await sql<{ alerted: string | null }>(
      `select il.metadata->>'low_stock_alerted_at' as alerted from inventory_level il
       join product_variant_inventory_item pvi on pvi.inventory_item_id = il.inventory_item_id and pvi.deleted_at is null
      where pvi.variant_id = $1 and il.deleted_at is null`,
      [variantId],
    )
  )[0]?.alerted ?? null

let exporter: ExporterPerson
beforeAll(async () => {
  exporter = await newExporter("notices")
  await exporter.request("POST", "/exporter/me", { locale: "ru" })
})

async function submitted(title: string) {
  const listing = await readyListing(exporter, title)
  const answer = await exporter.request("POST", `/exporter/products/${listing.id}/submit`)
  expect(answer.status, JSON.stringify(answer.body)).toBe(200)
  return listing
}

describe("review decisions", () => {
  it("e-mails the reason when changes are requested, in Russian", async () => {
    const listing = await submitted(`通知退回${tag()}`)
    const reason = `Добавьте фото этикетки ${tag()}`
    expect((await operator("POST", `/admin/listing-reviews/${listing.id}/request-changes`, { reason })).status).toBe(200)
    const mail = await newestMail("listing-changes-requested", exporter.email)
    expect(mail.subject).toBe("Bozor: «Тестовая курага» нужно доработать")
    expect(mail.text).toContain(reason)
    expect(mail.text).toContain(`/portal/listings/${listing.id}`)
  })

  it("e-mails the approval, and the new order lines of the approved listing without the buyer's details", async () => {
    const title = `通知通过${tag()}`
    const listing = await submitted(title)
    expect((await operator("POST", `/admin/listing-reviews/${listing.id}/approve`)).status).toBe(200)
    const approved = await newestMail("listing-approved", exporter.email)
    expect(approved.subject).toBe("Bozor: «Тестовая курага» одобрено")

    const sdk = storeClient("zh-CN")
    const buyer = `buyer-${tag()}@bozor.test`
    const variant = listing.variants[0]
    const cartId = await cartWith(sdk, [{ variant_id: variant.id, quantity: 2 }], { email: buyer })
    const order = await checkout(sdk, cartId, { real_name: "王小明", id_number: newIdNumber() })
    const mail = await newestMail("exporter-order-lines", exporter.email)
    expect(mail.subject).toBe(`Bozor: ваши товары в заказе №${order.display_id}`)
    expect(mail.text).toContain(`${variant.sku}) — 2 шт.`)
    for (const personal of [buyer, "王小明", CHINA_ADDRESS.phone, CHINA_ADDRESS.address_1])
      expect(mail.text + mail.html).not.toContain(personal)
  }, 120_000)
})

describe("low stock", () => {
  it("is told once when a level falls below 5, and again after it was refilled and fell again", async () => {
    const listing = await readyListing(exporter, `通知库存${tag()}`)
    const variants = (stock: number) =>
      listing.variants.map((v: any, i: number) => ({
        id: v.id,
        title: v.title,
        sku: v.sku,
        options: v.options,
        price_cny: v.price_cny,
        stocked_quantity: i === 0 ? stock : 50,
      }))
    const before = mailsTo("exporter-low-stock", exporter.email)
    expect((await exporter.request("POST", `/exporter/products/${listing.id}`, { variants: variants(3) })).status).toBe(200)
    const mail = await newestMail("exporter-low-stock", exporter.email)
    expect(mail.subject).toBe("Bozor: заканчивается «Тестовая курага · 250 g»")
    expect(mail.text).toMatch(/осталось 3 шт\..*\(порог: 5\)/)
    await exporter.request("POST", `/exporter/products/${listing.id}`, { variants: variants(2) })
    // The refill's event clears the mark; once it has, the fall to 2 before it was handled too, and told nothing.
    await exporter.request("POST", `/exporter/products/${listing.id}`, { variants: variants(20) })
    await expect.poll(() => lowStockMark(listing.variants[0].id), { timeout: 20_000 }).toBeNull()
    expect(mailsTo("exporter-low-stock", exporter.email)).toBe(before + 1)
    await exporter.request("POST", `/exporter/products/${listing.id}`, { variants: variants(1) })
    await expect.poll(() => mailsTo("exporter-low-stock", exporter.email), { timeout: 20_000 }).toBe(before + 2)
  }, 120_000)
})
