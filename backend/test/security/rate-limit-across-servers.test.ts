import { describe, expect, it } from "vitest"
import { startBackendProcess } from "../backend-process"
import { testStack } from "../helpers"
import { newCustomer } from "../shop"

/**
 * Behind a load balancer a buyer's requests land on any server: a limit counted in one process's memory would grant
 * each server its own allowance. The attempts are counted in PostgreSQL (src/modules/rate-limit), so two servers
 * share one allowance. (The search catch-up flag and Stripe webhook receipts are proven across two processes in
 * search-catch-up.test.ts and stripe-webhooks.test.ts.)
 */
describe("rate limits across servers", () => {
  it("grant one allowance of ID number attempts however the attempts are spread over two servers", async () => {
    const stack = testStack()
    const { email } = await newCustomer("en")
    const login = await fetch(`${stack.backendUrl}/auth/customer/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, password: "test-password-1" }),
    })
    const { token } = (await login.json()) as { token: string }
    const other = await startBackendProcess()
    try {
      // A wrong check character: each attempt is refused with a 400 and counted.
      const attempt = async (baseUrl: string) =>
        (
          await fetch(`${baseUrl}/store/customers/me/customs-identities`, {
            method: "POST",
            headers: {
              "content-type": "application/json",
              authorization: `Bearer ${token}`,
              "x-publishable-api-key": stack.publishableKey,
              "x-medusa-locale": "en",
            },
            body: JSON.stringify({ real_name: "吴六", id_number: "110105194912310021" }),
          })
        ).status
      const servers = [stack.backendUrl, other.url]
      const statuses: number[] = []
      for (let i = 0; i < 10; i++) statuses.push(await attempt(servers[i % 2]))
      expect(statuses).toEqual(Array(10).fill(400))
      expect(await attempt(stack.backendUrl)).toBe(429)
      expect(await attempt(other.url)).toBe(429)
    } finally {
      await other.stop()
    }
  })
})
