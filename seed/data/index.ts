export { exporters } from "./exporters"
export { categories } from "./categories"
export { collections } from "./collections"
export {
  products,
  dairyProducts,
  driedFruitProducts,
  footwearProducts,
  giftSetsProducts,
  honeyProducts,
  leatherGoodsProducts,
  nutsProducts,
} from "./products"
export { promotions } from "./promotions"
export { campaignPages, events as pavilionEvents, pavilion } from "./pavilion"
export { listingProducts, pendingChanges } from "./listings"
