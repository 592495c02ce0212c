// Lint rules for every workspace: ESLint's and typescript-eslint's recommended sets, React's hooks rules and
// Next.js's rules for the storefront. Run by `npm run lint` and by `npm test` before the suites.
import js from "@eslint/js"
import nextPlugin from "@next/eslint-plugin-next"
import reactHooks from "eslint-plugin-react-hooks"
import globals from "globals"
import tseslint from "typescript-eslint"

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/.next/**",
      "**/.medusa/**",
      "**/dist/**",
      ".data/**",
      "**/test-results/**",
      "**/playwright-report/**",
      "storefront/next-env.d.ts",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // Medusa's container, query graph and Stripe payloads are typed loosely; `any` is allowed where they meet ours.
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
    },
  },
  {
    // CommonJS files (Next's cache handler is loaded with require) import with require.
    files: ["**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["storefront/**/*.{ts,tsx}", "portal/**/*.{ts,tsx}", "backend/src/admin/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { "react-hooks": reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // The partner portal is a single-page app that loads its data in effects (a request, then its answer into state),
    // which this rule counts as state set in an effect; the storefront loads on the server and keeps the rule.
    files: ["portal/**/*.{ts,tsx}"],
    rules: { "react-hooks/set-state-in-effect": "off" },
  },
  {
    files: ["storefront/**/*.{ts,tsx}"],
    plugins: { "@next/next": nextPlugin },
    rules: { ...nextPlugin.configs.recommended.rules, ...nextPlugin.configs["core-web-vitals"].rules },
    settings: { next: { rootDir: "storefront" } },
  },
)
