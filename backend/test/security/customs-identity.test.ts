import Medusa from "@medusajs/js-sdk"
import { describe, expect, it } from "vitest"
import { sql, storeClient, testStack } from "../helpers"
import {
  adminClient,
  apiError,
  CHINA_ADDRESS,
  cartWith,
  chinaRegionId,
  checkout,
  completionFailure,
  declareCustoms,
  newCustomer,
  newIdNumber,
  pay,
} from "../shop"

const masked = (value: string) => `${value.slice(0, 4)}**********${value.slice(-4)}`

async function saveIdentity(sdk: Medusa, real_name: string, id_number: string) {
  return sdk.client.fetch<{ customs_identity: { id: string } }>("/store/customers/me/customs-identities", {
    method: "POST",
    body: { real_name, id_number },
  })
}

/**
 * The attack the review reproduced, step by step: a stranger who knows only a
 * customer's e-mail tries to declare a cross-border order under that
 * customer's saved identity, and to read it.
 */
describe("a stranger and a customer's saved customs identity", () => {
  it("cannot use, read or spend it through a guest cart linked to the customer's e-mail", async () => {
    const victim = await newCustomer("en")
    const victimNumber = newIdNumber()
    const { customs_identity: saved } = await saveIdentity(victim.sdk, "王芳", victimNumber)

    // 1. A guest cart with the victim's e-mail: Medusa links it to the registered customer.
    const guest = storeClient("en")
    const { cart } = await guest.store.cart.create({
      region_id: await chinaRegionId(guest),
      email: victim.email,
      shipping_address: CHINA_ADDRESS,
    } as never)
    expect(cart.customer_id).toBe(victim.id)
    const cartId = await cartWith(guest, [{ handle: "white-acacia-honey" }], { email: victim.email, locale: "en" })

    // 2a. Cart metadata naming the identity (by an operator object, then by its id) declares nothing.
    for (const identity_id of [{ $ne: null }, saved.id]) {
      await guest.store.cart.update(cartId, { metadata: { customs: { identity_id, payer_is_buyer: true } } } as never)
      const { customs } = await guest.client.fetch<any>(`/store/carts/${cartId}/customs`)
      expect(customs.identity).toBeNull()
      expect(customs.payer_is_buyer).toBe(false)
      expect(JSON.stringify(customs)).not.toContain("王芳")
    }
    // 2b. Posting the identity's id to the customs route is refused as if it did not exist; an object is not an id.
    const byId = await apiError(declareCustoms(guest, cartId, { identity_id: saved.id }))
    expect(byId.status).toBe(404)
    const byOperator = await apiError(
      guest.client.fetch(`/store/carts/${cartId}/customs`, { method: "POST", body: { identity_id: { $ne: null }, payer_is_buyer: true } }),
    )
    expect(byOperator.status).toBe(400)

    // 3. Nothing to read, and the cart cannot be completed as a cross-border order under the victim's ID.
    const { customs } = await guest.client.fetch<any>(`/store/carts/${cartId}/customs`)
    expect(customs.identity).toBeNull()
    await pay(guest, cartId)
    const refused = await completionFailure(guest, cartId)
    expect(refused.message).toMatch(/add the buyer's real name and ID number/)
    const [{ count }] = await sql<{ count: string }>(
      "select count(*) from customs_declaration where identity_id = $1 and deleted_at is null",
      [saved.id],
    )
    expect(Number(count)).toBe(0)

    // The victim, signed in, still uses their own identity.
    const own = await cartWith(victim.sdk, [{ handle: "white-acacia-honey" }])
    const { customs_identity } = await declareCustoms(victim.sdk, own, { identity_id: saved.id })
    expect(customs_identity.id_number).toBe(masked(victimNumber))
  })

  it("a signed-in customer cannot use another customer's saved identity either", async () => {
    const owner = await newCustomer("en")
    const other = await newCustomer("en")
    const { customs_identity: saved } = await saveIdentity(owner.sdk, "李娜", newIdNumber())
    const cartId = await cartWith(other.sdk, [{ handle: "white-acacia-honey" }])
    expect((await apiError(declareCustoms(other.sdk, cartId, { identity_id: saved.id }))).status).toBe(404)
  })

  it("what the order page, the e-mail and the admin show of the identity comes from the records, not from metadata", async () => {
    const buyer = storeClient("en")
    const number = newIdNumber()
    const cartId = await cartWith(buyer, [{ handle: "white-acacia-honey" }])
    await declareCustoms(buyer, cartId, { real_name: "张伟", id_number: number })
    // A forged name and number in the cart's metadata travel into the order's metadata…
    await buyer.store.cart.update(cartId, { metadata: { customs: { real_name: "FORGED", id_number: "1101**********0000" } } } as never)
    const order = await checkout(buyer, cartId)
    const { access_token } = await buyer.client.fetch<any>(`/store/carts/${cartId}/order`)
    // …but every view reads the declaration.
    const view = await buyer.client.fetch<any>(`/store/orders/${order.id}/customs`, { headers: { "x-order-access": access_token } })
    expect(view.customs).toEqual({ real_name: "张伟", id_number: masked(number) })
    const admin = await adminClient()
    const staff = await admin.client.fetch<any>(`/admin/orders/${order.id}/customs`)
    expect(staff.customs).toMatchObject({ real_name: "张伟", id_number: masked(number) })
  })
})

describe("one ID number, one real name, and what an account may see of it", () => {
  it("refuses a declaration under another name than the one first declared with the number", async () => {
    const first = await newCustomer("en")
    const second = await newCustomer("en")
    const number = newIdNumber()
    await saveIdentity(first.sdk, "刘洋", number)
    const other = await apiError(saveIdentity(second.sdk, "陈晨", number))
    expect(other.status).toBe(400)
    expect(other.message).toMatch(/^Real name: this ID number was declared under another name/)
    expect(other.message).not.toContain("刘洋")
    // A guest at checkout is held to the same name.
    const guest = storeClient("en")
    const cartId = await cartWith(guest, [{ handle: "white-acacia-honey" }], { shipping: false })
    expect((await apiError(declareCustoms(guest, cartId, { real_name: "陈晨", id_number: number }))).status).toBe(400)
    await declareCustoms(guest, cartId, { real_name: "刘洋", id_number: number })
  })

  it("shows an account what it bought under a number and what may still be bought, never what others bought", async () => {
    const number = newIdNumber()
    // Someone else buys under the number first.
    const stranger = storeClient("en")
    const bought = await cartWith(stranger, [{ handle: "white-acacia-honey", quantity: 2 }])
    await checkout(stranger, bought, { real_name: "周杰", id_number: number })
    const [{ amount }] = await sql<{ amount: string }>("select amount from customs_declaration where cart_id = $1 and deleted_at is null", [
      bought,
    ])

    const account = await newCustomer("en")
    await saveIdentity(account.sdk, "周杰", number)
    const { customs_identities } = await account.sdk.client.fetch<any>("/store/customers/me/customs-identities")
    expect(customs_identities[0].quota.used).toBe(0)
    expect(customs_identities[0].quota.remaining).toBe(Math.round((26000 - Number(amount)) * 100) / 100)
  })

  it("keeps at most five identities per account, and bounds the attempts to enter numbers", async () => {
    const account = await newCustomer("en")
    const names = ["赵一", "钱二", "孙三", "李四", "周五"]
    for (const name of names) await saveIdentity(account.sdk, name, newIdNumber())
    const sixth = await apiError(saveIdentity(account.sdk, "吴六", newIdNumber()))
    expect(sixth.status).toBe(400)
    expect(sixth.message).toMatch(/at most 5/)
    // Five saved plus the refused sixth are six attempts; four more wrong numbers make ten; the eleventh is refused.
    for (let i = 0; i < 4; i++) expect((await apiError(saveIdentity(account.sdk, "吴六", "110105194912310021"))).status).toBe(400)
    const limited = await apiError(saveIdentity(account.sdk, "吴六", newIdNumber()))
    expect(limited.status).toBe(429)
    expect(limited.message).toMatch(/Too many attempts: please wait \d+ minutes/)
  })

  it("refuses names customs would refuse, naming the rule", async () => {
    const account = await newCustomer("zh-CN")
    for (const name of ["<script>alert(1)</script>", "Li Na", "王"]) {
      const refused = await apiError(saveIdentity(account.sdk, name, newIdNumber()))
      expect(refused.status).toBe(400)
      expect(refused.message).toMatch(/^真实姓名：应为 2 至 20 个汉字/)
    }
    await saveIdentity(account.sdk, "阿依古丽·买买提", newIdNumber())
  })
})

describe("the completion checks", () => {
  it("run even when a declaration of the cart was left behind by a crashed completion", async () => {
    const guest = storeClient("en")
    const cartId = await cartWith(guest, [{ handle: "white-acacia-honey" }], { locale: "en" })
    // What a completion that died after declaring leaves: a declaration row, and no order.
    await sql(
      `insert into customs_declaration (id, cart_id, identity_id, id_number_digest, year, amount, raw_amount, released_amount, raw_released_amount)
       values ('cusdec_left_behind_' || substr(md5(random()::text), 1, 8), $1, 'cusid_none', 'digest', 2026, 1, '{"value":"1","precision":20}', 0, '{"value":"0","precision":20}')`,
      [cartId],
    )
    await pay(guest, cartId)
    const refused = await completionFailure(guest, cartId)
    expect(refused.message).toMatch(/add the buyer's real name and ID number/)
  })
})

describe("the customs key", () => {
  it("is refused at start when it is not the key that sealed the stored ID numbers, with what to do", async () => {
    const { medusaCli } = await import("../helpers")
    const wrong = "a".repeat(64)
    const failure = await medusaCli(["db:migrate"], { CUSTOMS_ENCRYPTION_KEY: wrong }).then(
      () => "",
      (e: Error) => e.message,
    )
    expect(failure).toMatch(/CUSTOMS_ENCRYPTION_KEY does not match the key that sealed the ID numbers/)
    expect(failure).toMatch(/CUSTOMS_PREVIOUS_KEYS/)
  })

  it("rotates: re-sealing moves every number and quota digest to the new key, and back", async () => {
    const { medusaCli } = await import("../helpers")
    const current = testStack().medusaEnv.CUSTOMS_ENCRYPTION_KEY!
    const next = "b".repeat(64)
    const account = await newCustomer("en")
    await saveIdentity(account.sdk, "郑七", newIdNumber())
    const before = await sql<{ id: string; id_number_sealed: string; key_id: string }>(
      "select id, id_number_sealed, key_id from customs_identity order by id",
    )

    await medusaCli(["exec", "./src/scripts/reseal-customs.ts"], { CUSTOMS_ENCRYPTION_KEY: next, CUSTOMS_PREVIOUS_KEYS: current })
    const rotated = await sql<{ key_id: string }>("select distinct key_id from customs_identity")
    expect(rotated).toHaveLength(1)
    expect(rotated[0].key_id).not.toBe(before[0].key_id)
    // With the new key alone the data opens (the old key is retired); with the old key alone it would not.
    await medusaCli(["db:migrate"], { CUSTOMS_ENCRYPTION_KEY: next })

    await medusaCli(["exec", "./src/scripts/reseal-customs.ts"], { CUSTOMS_ENCRYPTION_KEY: current, CUSTOMS_PREVIOUS_KEYS: next })
    const after = await sql<{ id: string; id_number_sealed: string; key_id: string }>(
      "select id, id_number_sealed, key_id from customs_identity order by id",
    )
    expect(after.map((r) => r.id)).toEqual(before.map((r) => r.id))
    expect(new Set(after.map((r) => r.key_id))).toEqual(new Set([before[0].key_id]))
    // The running shop (old key) still reads its identities.
    const { customs_identities } = await account.sdk.client.fetch<any>("/store/customers/me/customs-identities")
    expect(customs_identities).toHaveLength(1)
  })
})
