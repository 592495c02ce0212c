export const PUBLICATION_STATUSES = ["draft", "published"] as const

/** Where an event takes place: the Guangzhou exhibition-and-sales centre, or online (a livestream). */
export const EVENT_PLACES = ["centre", "online"] as const

/** The pavilion page is one record; its id is fixed so every reader and writer finds the same row. */
export const PAVILION_PAGE_ID = "pavilion_uz"
