/** The part of multer (2.x, which ships no types) that the exporter image and spreadsheet uploads use. */
declare module "multer" {
  import type { RequestHandler } from "express"
  interface Options {
    storage?: unknown
    limits?: { fileSize?: number; files?: number; fields?: number; parts?: number }
  }
  interface Multer {
    array(field: string, maxCount?: number): RequestHandler
    single(field: string): RequestHandler
  }
  interface MulterFactory {
    (options?: Options): Multer
    memoryStorage(): unknown
  }
  const multer: MulterFactory
  export default multer
}
