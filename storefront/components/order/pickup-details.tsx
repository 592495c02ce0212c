import { getTranslations } from "next-intl/server"
import { recipientLine } from "@/lib/address"
import type { Address, OrderDelivery } from "@/lib/medusa/types"

/** 1234 5678: the pickup code as people read it out. */
const spaced = (code: string) => `${code.slice(0, 4)} ${code.slice(4)}`

/**
 * Where and when to collect a pickup order, and the code (with its QR code) the centre's staff look the order up
 * by; the place, address and hours come from the stock location's data, in the page's language.
 */
export async function PickupDetails({
  locale,
  pickup,
  collector,
}: {
  locale: string
  pickup: NonNullable<OrderDelivery["pickup"]>
  collector: Pick<Address, "firstName" | "lastName" | "phone"> | null
}) {
  const t = await getTranslations({ locale, namespace: "order" })
  return (
    <section className="rounded-2xl bg-white p-4 text-sm ring-1 ring-ink/10" data-testid="order-pickup" aria-labelledby="pickup-title">
      <h2 id="pickup-title" className="font-semibold">
        {t("pickupTitle")}
      </h2>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        <dt className="font-medium">{t("pickupPlace")}</dt>
        <dd data-testid="pickup-place-name">{pickup.name}</dd>
        <dt className="font-medium">{t("pickupAddress")}</dt>
        <dd data-testid="pickup-address">{pickup.address}</dd>
        {pickup.openingHours && (
          <>
            <dt className="font-medium">{t("openingHours")}</dt>
            <dd data-testid="pickup-hours">{pickup.openingHours}</dd>
          </>
        )}
        {collector && (collector.lastName || collector.firstName) && (
          <>
            <dt className="font-medium">{t("collectedBy")}</dt>
            <dd data-testid="pickup-collector">{recipientLine(collector, locale)}</dd>
          </>
        )}
      </dl>
      {pickup.code && (
        <div className="mt-4 flex flex-wrap items-center gap-4">
          <div>
            <p className="text-ink/70">{t("pickupCode")}</p>
            <p className="font-mono text-3xl font-bold tracking-widest" data-testid="pickup-code">
              {spaced(pickup.code)}
            </p>
            <p className="mt-1 max-w-xs text-ink/70">{t("pickupCodeHint")}</p>
          </div>
          {pickup.qrSvg && (
            // eslint-disable-next-line @next/next/no-img-element -- a QR code the backend drew, as an SVG data URL
            <img
              src={`data:image/svg+xml;base64,${Buffer.from(pickup.qrSvg).toString("base64")}`}
              alt={t("pickupQrAlt", { code: spaced(pickup.code) })}
              width={144}
              height={144}
              className="rounded-lg bg-white p-1 ring-1 ring-ink/10"
              data-testid="pickup-qr"
            />
          )}
        </div>
      )}
    </section>
  )
}
