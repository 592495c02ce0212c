import type { ProductSeed } from "../../src/catalog-types"
import { dairyProducts } from "./dairy"
import { driedFruitProducts } from "./dried-fruit"
import { footwearProducts } from "./footwear"
import { giftSetsProducts } from "./gift-sets"
import { honeyProducts } from "./honey"
import { leatherGoodsProducts } from "./leather-goods"
import { nutsProducts } from "./nuts"

export const products: ProductSeed[] = [
  ...driedFruitProducts,
  ...nutsProducts,
  ...honeyProducts,
  ...dairyProducts,
  ...footwearProducts,
  ...leatherGoodsProducts,
  ...giftSetsProducts,
]
