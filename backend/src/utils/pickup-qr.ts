import QRCode from "qrcode"

/**
 * The pickup code as a QR code: it carries the eight digits alone, so that a scanner at the counter types them into
 * the admin's pickup search as if staff had typed them.
 */
export const pickupQrSvg = (code: string) => QRCode.toString(code, { type: "svg", margin: 1, errorCorrectionLevel: "M" })
export const pickupQrPng = (code: string) => QRCode.toBuffer(code, { type: "png", margin: 1, scale: 6, errorCorrectionLevel: "M" })

/** 1234 5678: how the code is written for people. */
export const spacedPickupCode = (code: string) => `${code.slice(0, 4)} ${code.slice(4)}`
