/**
 * A stand-in for Stripe.js (the script the card form loads from js.stripe.com,
 * which this offline machine cannot reach), for the browser journeys and the
 * card form's component test. It implements the part the storefront uses —
 * `Stripe(key)`, `elements().create("card").mount(node)` with change/ready
 * events, `confirmCardPayment` and `retrievePaymentIntent` — and speaks
 * Stripe's HTTP API with the publishable key and the intent's client secret,
 * as Stripe.js does, to the local Stripe stand-in.
 *
 * The card "iframe" is a plain input taking one of Stripe's test card numbers
 * (4242 4242 4242 4242 succeeds, 4000 0000 0000 0002 is declined).
 *
 * The function is self-contained, so Playwright can install it in a page with
 * `page.addInitScript(installStripeJs, apiBase)`.
 */
export function installStripeJs(apiBase: string) {
  type Handler = (event: unknown) => void
  const intentOf = (secret: string) => secret.split("_secret_")[0]

  function Stripe(key: string) {
    const request = async (method: "GET" | "POST", path: string, params: Record<string, string>) => {
      const body = new URLSearchParams({ ...params, key })
      const res = await fetch(
        method === "GET" ? `${apiBase}${path}?${body}` : `${apiBase}${path}`,
        method === "GET" ? {} : { method, body },
      )
      const json = await res.json()
      return res.ok ? { paymentIntent: json } : { error: json.error }
    }
    const mounted = new Map<string, { digits: () => string }>()

    const elements = () => ({
      create(type: string) {
        const handlers = new Map<string, Set<Handler>>()
        const emit = (name: string, event: unknown) => handlers.get(name)?.forEach((h) => h(event))
        let input: HTMLInputElement | null = null
        const element = {
          mount(node: HTMLElement) {
            input = document.createElement("input")
            input.setAttribute("aria-label", "Card number")
            input.setAttribute("autocomplete", "cc-number")
            input.setAttribute("inputmode", "numeric")
            input.setAttribute("data-testid", "stripe-card-number")
            input.addEventListener("input", () => {
              const digits = element.digits()
              const error =
                digits.length > 16
                  ? { type: "validation_error", code: "invalid_number", message: "Your card number is invalid." }
                  : undefined
              emit("change", { elementType: type, empty: digits.length === 0, complete: digits.length === 16, error })
            })
            input.addEventListener("focus", () => emit("focus", { elementType: type }))
            input.addEventListener("blur", () => emit("blur", { elementType: type }))
            node.appendChild(input)
            setTimeout(() => emit("ready", element), 0)
          },
          digits: () => (input?.value ?? "").replace(/\D/g, ""),
          on(name: string, handler: Handler) {
            if (!handlers.has(name)) handlers.set(name, new Set())
            handlers.get(name)!.add(handler)
            return element
          },
          off(name: string, handler: Handler) {
            handlers.get(name)?.delete(handler)
            return element
          },
          update() {},
          focus: () => input?.focus(),
          blur: () => input?.blur(),
          clear() {
            if (input) input.value = ""
          },
          destroy() {
            input?.remove()
            mounted.delete(type)
          },
        }
        mounted.set(type, element)
        return element
      },
      getElement: (type: string | { __elementType?: string }) =>
        mounted.get(typeof type === "string" ? type : (type?.__elementType ?? "")) ?? null,
      update() {},
      submit: async () => ({}),
    })

    return {
      elements,
      async confirmCardPayment(
        secret: string,
        data?: { payment_method?: string | { card?: { digits?: () => string }; billing_details?: { name?: string; email?: string } } },
      ) {
        const params: Record<string, string> = { client_secret: secret }
        const method = data?.payment_method
        if (typeof method === "string") params.payment_method = method
        else {
          params["payment_method_data[type]"] = "card"
          params["payment_method_data[card][number]"] = method?.card?.digits?.() ?? ""
          if (method?.billing_details?.name) params["payment_method_data[billing_details][name]"] = method.billing_details.name
          if (method?.billing_details?.email) params["payment_method_data[billing_details][email]"] = method.billing_details.email
        }
        return request("POST", `/v1/payment_intents/${intentOf(secret)}/confirm`, params)
      },
      retrievePaymentIntent: (secret: string) => request("GET", `/v1/payment_intents/${intentOf(secret)}`, { client_secret: secret }),
      createToken: async () => ({ error: { type: "api_error", message: "Not part of the stand-in." } }),
      createPaymentMethod: async () => ({ error: { type: "api_error", message: "Not part of the stand-in." } }),
      registerAppInfo() {},
      _registerWrapper() {},
    }
  }
  Stripe.version = "endive"
  ;(window as unknown as { Stripe: unknown }).Stripe = Stripe
}
