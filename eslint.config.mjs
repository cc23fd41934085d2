import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

// The Office add-in template's flat config (office-addins recommended: typescript-eslint,
// prettier, react and the Office.js rules), plus the project's stricter rules for the engine.
export default [
  { ignores: ["node_modules/", "lib/", "dist/", "out/", "coverage/", "assets/", "bin/", "*.config.js", ".bench/"] },
  ...officeAddins.configs.recommended,
  {
    plugins: { "office-addins": officeAddins },
    languageOptions: { parser: tsParser },
  },
  {
    // TypeScript checks names itself; ESLint's no-undef does not know DOM/Node/Office globals.
    files: ["**/*.{ts,tsx}"],
    rules: { "no-undef": "off" },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "error" },
  },
];
