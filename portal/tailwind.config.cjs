const path = require("node:path")

/** Medusa's UI preset: the tokens and text styles @medusajs/ui's components are written against. */
module.exports = {
  presets: [require("@medusajs/ui-preset")],
  content: [
    path.join(__dirname, "index.html"),
    path.join(__dirname, "src/**/*.{ts,tsx}"),
    path.join(path.dirname(require.resolve("@medusajs/ui")), "..", "esm", "**/*.js"),
  ],
  darkMode: "class",
}
