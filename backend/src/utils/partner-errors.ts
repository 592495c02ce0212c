import type { ChecklistItem } from "../modules/listing/checklist"

/**
 * Refusals the API answers with more than Medusa's error types carry. They
 * are thrown inside workflows, which keep an error's own properties, and
 * answered by src/api/error-handler.ts.
 */

/** An invitation that was used, replaced or has expired: 410 Gone. */
export class InvitationGoneError extends Error {
  readonly type = "invitation_gone"
  constructor(message: string) {
    super(message)
  }
}

/** A submission the compliance checklist refuses: 400 with every item, so the portal shows what is missing. */
export class ChecklistError extends Error {
  readonly type = "checklist"
  constructor(
    message: string,
    readonly checklist: ChecklistItem[],
  ) {
    super(message)
  }
}
