import { getTranslations } from "next-intl/server"
import { Img } from "@/components/ui/img"
import { Link } from "@/i18n/navigation"
import { formatMoney } from "@/lib/format"
import { campaignPrice } from "@/lib/medusa/content"
import type { Campaign, ProductSummary } from "@/lib/medusa/types"

/** A campaign's featured products with the price before and the campaign's price (and the code, when one is needed). */
export async function CampaignProducts({ campaign, products, locale }: { campaign: Campaign; products: ProductSummary[]; locale: string }) {
  const t = await getTranslations({ locale, namespace: "campaign" })
  const tp = await getTranslations({ locale, namespace: "product" })
  return (
    <ul className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-4">
      {products.map((product) => {
        const deal = campaignPrice(campaign, product)
        return (
          <li key={product.id}>
            <article
              className="group relative flex h-full flex-col overflow-hidden rounded-2xl bg-white shadow-sm ring-1 ring-ink/5"
              data-testid="campaign-product"
              data-handle={product.handle}
            >
              <div className="relative aspect-square bg-saffron-100">
                {product.thumbnail && (
                  <Img src={product.thumbnail} alt={product.title} fill sizes="(min-width: 1024px) 25vw, 50vw" className="object-cover" />
                )}
              </div>
              <div className="flex flex-1 flex-col p-3">
                <h3 className="line-clamp-2 text-sm font-medium leading-snug">
                  <Link href={`/products/${product.handle}`} className="after:absolute after:inset-0">
                    {product.title}
                  </Link>
                </h3>
                <p className="mt-auto pt-2">
                  {deal ? (
                    <>
                      <span className="font-semibold text-red-700" data-testid="campaign-price">
                        {tp("from", { price: formatMoney(deal.price, locale) })}
                      </span>{" "}
                      <s className="text-xs text-ink/70" data-testid="regular-price">
                        {product.price && formatMoney(product.price, locale)}
                      </s>
                      {!deal.promotion.automatic && deal.promotion.code && (
                        <span className="block text-xs text-ink/80">{t("withCode", { code: deal.promotion.code })}</span>
                      )}
                    </>
                  ) : (
                    <span className="font-semibold text-saffron-700">
                      {product.price ? tp("from", { price: formatMoney(product.price, locale) }) : null}
                    </span>
                  )}
                </p>
              </div>
            </article>
          </li>
        )
      })}
    </ul>
  )
}
