import i18next from "i18next"
import { initReactI18next } from "react-i18next"
import { UI_LOCALES, type UiLocale } from "../lib/types"
import en from "./locales/en.json"

/** Where the browser remembers the chosen language until the person's account says otherwise. */
const STORAGE_KEY = "bozor.portal.language"

export const isUiLocale = (value: unknown): value is UiLocale => UI_LOCALES.includes(value as UiLocale)

/** Catalogs other than English (the fallback, always bundled) load on demand, one chunk each. */
const catalogs: Record<UiLocale, () => Promise<{ default: typeof en }>> = {
  en: async () => ({ default: en }),
  ru: () => import("./locales/ru.json"),
  uz: () => import("./locales/uz.json"),
  "zh-CN": () => import("./locales/zh-CN.json"),
}

/** The language this browser was told to use, if any. */
export const rememberedLocale = (): UiLocale | undefined => {
  const stored = safeStorage()?.getItem(STORAGE_KEY)
  return isUiLocale(stored) ? stored : undefined
}

/** The remembered language, else the browser's first one we speak, else Uzbek: the portal is for Uzbek exporters. */
function initialLocale(): UiLocale {
  const stored = rememberedLocale()
  if (stored) return stored
  for (const tag of navigator.languages ?? []) {
    if (tag.toLowerCase().startsWith("zh")) return "zh-CN"
    const base = tag.split("-")[0]
    if (isUiLocale(base)) return base
  }
  return "uz"
}

function safeStorage(): Storage | undefined {
  try {
    return window.localStorage
  } catch {
    return undefined
  }
}

/** Shows the portal in `locale`; `remember` keeps it for the next visit (a person's choice, not a guess). */
export async function setLocale(locale: UiLocale, remember = true) {
  if (!i18next.hasResourceBundle(locale, "translation")) {
    i18next.addResourceBundle(locale, "translation", (await catalogs[locale]()).default)
  }
  await i18next.changeLanguage(locale)
  if (remember) safeStorage()?.setItem(STORAGE_KEY, locale)
  document.documentElement.lang = locale
  listeners.forEach((listener) => listener(locale))
}

const listeners = new Set<(locale: UiLocale) => void>()
/** The API client follows the language so the backend answers in it (x-medusa-locale). */
export const onLocaleChange = (listener: (locale: UiLocale) => void) => listeners.add(listener)

export async function initI18n() {
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: en } },
    lng: "en",
    fallbackLng: "en",
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  })
  await setLocale(initialLocale(), false)
}

export const currentLocale = (): UiLocale => (isUiLocale(i18next.language) ? i18next.language : "en")
