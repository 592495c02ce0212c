// Loaded after the first screen: notices appear only after something was done.
export { Toaster as default } from "@medusajs/ui"
