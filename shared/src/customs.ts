/**
 * China's cross-border retail limits (docs/DOMAIN.md), in fen: per order, cross-border goods plus their shipping at
 * most RMB 5,000 unless the order is one indivisible item; per ID number and calendar year at most RMB 26,000. The
 * backend's customs rules enforce them; the shop and the partner portal quote them from here.
 */
export const ORDER_LIMIT_FEN = 500_000
export const ANNUAL_LIMIT_FEN = 2_600_000
