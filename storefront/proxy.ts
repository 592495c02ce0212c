import createMiddleware from "next-intl/middleware"
import { routing } from "./i18n/routing"

/** `/` and unknown locales go to the visitor's language (Accept-Language), zh-CN by default. */
export default createMiddleware(routing)

export const config = {
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
}
