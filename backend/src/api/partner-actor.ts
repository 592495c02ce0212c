import {
  authenticate,
  type AuthenticatedMedusaRequest,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { PARTNER_ACCESS_MODULE } from "../modules/partner-access"
import { partnerLocale, type PartnerLocale, type PartnerRole } from "../modules/partner-access/constants"
import PartnerAccessModuleService, { API_KEY_PREFIX } from "../modules/partner-access/service"

/** The signed-in partner person and the organisation they act for, resolved once per request. */
export interface PartnerContext {
  actor_type: string
  person: { id: string; email: string; first_name: string | null; last_name: string | null; role: PartnerRole; locale: PartnerLocale }
  organisation: { id: string; suspended: boolean }
  /** Set when the request came with an API key instead of a person's session (the person is then the key). */
  api_key?: { id: string; prefix: string }
}

export type PartnerRequest<Body = unknown> = AuthenticatedMedusaRequest<Body> & { partner: PartnerContext }

export interface PartnerActorOptions {
  /** The auth actor type: "exporter" (later "consulate"). */
  actorType: string
  /** The person (the actor record) and their organisation, or null when the person no longer exists. */
  load(scope: MedusaContainer, actorId: string): Promise<Omit<PartnerContext, "actor_type"> | null>
  /** The 403 a suspended organisation's people get, in their language. */
  suspended: { type: string; message: (locale: PartnerLocale) => string }
  /** Paths under the namespace that need no session (an invitation's own pages). */
  publicPaths?: RegExp[]
  /**
   * API keys (`Authorization: Bearer bzk_…`): the organisation they act for,
   * and the only routes they may call (method and path); every other route
   * refuses a key with 403, whatever the key.
   */
  apiKeys?: {
    loadOrganisation(scope: MedusaContainer, id: string): Promise<PartnerContext["organisation"] | null>
    routes: { method: string; path: RegExp }[]
    notAllowed: (locale: PartnerLocale) => string
  }
}

const pathOf = (req: { originalUrl?: string; url: string }) => new URL(req.originalUrl ?? req.url, "http://localhost").pathname

/**
 * Authenticates one partner actor type on its whole namespace (default deny:
 * only the listed public paths pass without a session), then resolves the
 * person and their organisation once, so every route reads `req.partner`
 * instead of anything a client sent. A token of another actor type (a
 * customer's, an operator's) is refused with 401; a person who was removed
 * with 401 even while their token has not expired; a suspended organisation's
 * people with 403 and a message in their language.
 */
export function partnerActor(options: PartnerActorOptions) {
  const auth = authenticate(options.actorType, ["session", "bearer"])
  const resolve = async (req: PartnerRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const loaded = await options.load(req.scope, req.auth_context.actor_id)
    if (!loaded) {
      res.status(401).json({
        type: "unauthorized",
        message: "This sign-in no longer belongs to anyone: ask your organisation's owner for a new invitation.",
      })
      return
    }
    if (loaded.organisation.suspended) {
      res.status(403).json({ type: options.suspended.type, message: options.suspended.message(loaded.person.locale) })
      return
    }
    req.partner = { actor_type: options.actorType, ...loaded }
    next()
  }
  const byApiKey = async (req: PartnerRequest, res: MedusaResponse, next: MedusaNextFunction, token: string) => {
    const keys: PartnerAccessModuleService = req.scope.resolve(PARTNER_ACCESS_MODULE)
    const key = options.apiKeys ? await keys.retrieveActiveApiKey(options.actorType, token) : null
    const organisation = key ? await options.apiKeys!.loadOrganisation(req.scope, key.scope_id) : null
    if (!key || !organisation) {
      res.status(401).json({
        type: "unauthorized",
        message: "This API key is not valid (unknown or revoked): ask your organisation's owner for a new one.",
      })
      return
    }
    const locale = partnerLocale(req.locale)
    const path = pathOf(req)
    if (!options.apiKeys!.routes.some((r) => r.method === req.method && r.path.test(path))) {
      res.status(403).json({ type: "api_key_not_allowed", message: options.apiKeys!.notAllowed(locale) })
      return
    }
    if (organisation.suspended) {
      res.status(403).json({ type: options.suspended.type, message: options.suspended.message(locale) })
      return
    }
    await keys.updatePartnerApiKeys({ id: key.id, last_used_at: new Date() })
    req.partner = {
      actor_type: options.actorType,
      person: { id: key.id, email: `api-key:${key.token_prefix}`, first_name: key.title, last_name: null, role: "member", locale },
      organisation,
      api_key: { id: key.id, prefix: key.token_prefix },
    }
    next()
  }
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    if (options.publicPaths?.some((p) => p.test(pathOf(req)))) return next()
    const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? "")?.[1]
    if (bearer?.startsWith(API_KEY_PREFIX)) return void byApiKey(req as PartnerRequest, res, next, bearer).catch(next)
    auth(req as never, res as never, (err?: unknown) => {
      if (err) return next(err)
      resolve(req as PartnerRequest, res, next).catch(next)
    })
  }
}

/** Owners only (inviting and removing colleagues), answered in the person's language. */
export function ownerOnly(message: (locale: PartnerLocale) => string) {
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const partner = (req as PartnerRequest).partner
    if (partner?.person.role === "owner") return next()
    res.status(403).json({ type: "not_allowed", message: message(partner?.person.locale ?? partnerLocale(req.locale)) })
  }
}
