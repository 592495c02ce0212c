import { getImageProps, type ImageProps } from "next/image"
import { preload } from "react-dom"

/**
 * An image through Next's optimizer (resized, AVIF/WebP, lazy below the fold) rendered on the server as a plain
 * <img>. Unlike next/image's <Image>, a client component, it adds no JavaScript for the browser to load and
 * hydrate. `priority` marks the page's main image: loaded eagerly, at high priority, and preloaded from <head>.
 */
export function Img({ priority = false, alt, ...props }: ImageProps) {
  const { props: img } = getImageProps({ ...props, alt, priority })
  if (priority) preload(img.src, { as: "image", imageSrcSet: img.srcSet, imageSizes: img.sizes, fetchPriority: "high" })
  // The optimizer's <img>, without next/image's client component: what @next/next/no-img-element asks for, on the server.
  // eslint-disable-next-line @next/next/no-img-element
  return <img {...img} alt={alt} fetchPriority={priority ? "high" : img.fetchPriority} />
}
