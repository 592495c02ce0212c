/** The shop's own view of the catalog; lib/medusa maps Medusa's types onto these. */
export interface Money {
  amount: number
  currencyCode: string
}

export interface ProductSummary {
  id: string
  handle: string
  title: string
  subtitle: string | null
  thumbnail: string | null
  price: Money | null
  inStock: boolean
}

export interface Region {
  id: string
  currencyCode: string
}
