/**
 * The end-to-end tests: `npm run test:e2e`, after `npm run build`. They drive dist/ in
 * headless Chromium (/usr/bin/chromium) and fail, never skip, when either is missing.
 * @type {import('jest').Config}
 */
module.exports = {
  rootDir: "../..",
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.e2e.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", isolatedModules: false }],
  },
  testTimeout: 120000,
};
