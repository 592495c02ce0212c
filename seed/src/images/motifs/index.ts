/** Every ImageMotif and the function that draws it. */

import type { ImageMotif } from "../../catalog-types"
import { dairyMotifs } from "./dairy"
import { footwearMotifs } from "./footwear"
import { fruitMotifs } from "./fruit"
import { giftMotifs } from "./gift"
import { honeyMotifs } from "./honey"
import { leatherMotifs } from "./leather"
import { nutMotifs } from "./nuts"
import type { MotifRenderer } from "./types"

/** Typed as a full Record so a new ImageMotif without a drawing fails to compile. */
export const MOTIFS: Record<ImageMotif, MotifRenderer> = {
  ...fruitMotifs,
  ...nutMotifs,
  ...honeyMotifs,
  ...dairyMotifs,
  ...footwearMotifs,
  ...leatherMotifs,
  ...giftMotifs,
}
