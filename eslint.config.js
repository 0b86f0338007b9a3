/*
 * ESLint 9 flat config: typescript-eslint's recommended rules, the Office add-in rules that
 * catch Office.js mistakes (read before sync, read before load, sync in a loop), React hooks
 * rules for the task pane, and Prettier for formatting (.prettierrc.json).
 */
"use strict";

const { defineConfig, globalIgnores } = require("eslint/config");
const js = require("@eslint/js");
const tseslint = require("typescript-eslint");
const officeAddins = require("eslint-plugin-office-addins");
const reactHooks = require("eslint-plugin-react-hooks");
const prettierRecommended = require("eslint-plugin-prettier/recommended");
const globals = require("globals");

module.exports = defineConfig([
  globalIgnores(["dist/", "node_modules/", "build/", "coverage/", ".certs/"]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    name: "chitieu/office-addins",
    files: ["**/*.{ts,tsx,js}"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-before-read": "error",
      "office-addins/call-sync-after-load": "error",
      "office-addins/load-object-before-read": "error",
      // DESIGN.md: one read and one write per operation, never a sync inside a loop.
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "warn",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    name: "chitieu/typescript",
    files: ["**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" },
      ],
    },
  },
  {
    name: "chitieu/react",
    files: ["src/taskpane/**/*.tsx"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
    },
  },
  {
    name: "chitieu/node-scripts",
    files: ["**/*.js"],
    languageOptions: { sourceType: "commonjs", globals: globals.node },
    rules: {
      "@typescript-eslint/no-require-imports": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  prettierRecommended,
]);
