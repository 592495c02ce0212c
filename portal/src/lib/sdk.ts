import { Auth, Client } from "@medusajs/js-sdk"

/** Sent with every request so the backend answers (rate-limit notices, e-mails) in the person's language. */
const languageHeader: Record<string, string> = {}

/**
 * Medusa's JS SDK as the portal needs it: its HTTP client and its auth flows. The portal is served by the Medusa
 * server itself, so the backend is this page's origin and the session is Medusa's cookie: no token in storage, no
 * CORS. Only these two parts are built (not the SDK's admin and store resources, which the portal never calls),
 * so the bundle carries only them.
 */
const config = { baseUrl: "/", auth: { type: "session" as const }, globalHeaders: languageHeader }
const client = new Client(config)

export const sdk = { client, auth: new Auth(client, config) }

export const setRequestLanguage = (locale: string) => {
  languageHeader["x-medusa-locale"] = locale
}

/**
 * Who signs in here: an exporter's person or a member of the consulate's staff (two Medusa auth actors on the same
 * partner mechanism). Chosen on the sign-in page or by the invitation link, remembered in this browser; the
 * session itself is always checked by the backend.
 */
export type PartnerActor = "exporter" | "consulate"
const ACTOR_KEY = "bozor.portal.actor"

export function actor(): PartnerActor {
  try {
    return window.localStorage.getItem(ACTOR_KEY) === "consulate" ? "consulate" : "exporter"
  } catch {
    return "exporter"
  }
}

export function setActor(next: PartnerActor) {
  try {
    window.localStorage.setItem(ACTOR_KEY, next)
  } catch {
    // Private mode: the choice lasts this page only, which is enough to sign in.
  }
}
