import { FULFILMENT_MODES, PAYMENT_PROVIDERS } from "@bozor/shared"
import { describe, expect, it } from "vitest"
import en from "@/messages/en.json"
import zh from "@/messages/zh-CN.json"

const catalogs = { en, "zh-CN": zh }

describe("the shop's messages for the shared vocabularies", () => {
  it.each(Object.entries(catalogs))("%s names and times every fulfilment mode", (_, messages) => {
    for (const mode of FULFILMENT_MODES) {
      expect(messages.trade.modes[mode].name, mode).toBeTruthy()
      expect(messages.trade.modes[mode].estimate, mode).toBeTruthy()
    }
  })

  it.each(Object.entries(catalogs))("%s labels and explains every kind of payment", (_, messages) => {
    for (const kind of Object.keys(PAYMENT_PROVIDERS) as (keyof typeof PAYMENT_PROVIDERS)[]) {
      expect(messages.checkout.providers[kind].label, kind).toBeTruthy()
      expect(messages.checkout.providers[kind].hint, kind).toBeTruthy()
    }
  })
})
