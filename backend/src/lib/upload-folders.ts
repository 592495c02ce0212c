import path from "node:path"

/**
 * Where the local file provider keeps files: public uploads (product images,
 * exporter logos) in MEDUSA_UPLOAD_DIR, served at /static; private files
 * (Medusa's order exports: names, phones, addresses) in a sibling folder that
 * nothing serves as such — only a signed-in operator may read them
 * (src/api/static-files.ts).
 */
export function uploadFolders(env: NodeJS.ProcessEnv = process.env) {
  const publicDir = env.MEDUSA_UPLOAD_DIR || path.join(process.cwd(), "static")
  return { publicDir, privateDir: path.join(path.dirname(publicDir), "private") }
}
