/*
 * Builds the add-in into dist/:
 *   taskpane.html + taskpane bundle   the task pane (React + Fluent UI v9)
 *   commands.html + commands bundle   the ribbon commands (manifest FunctionFile)
 *   quickcheck.html + its bundle       the dialog "Kiểm tra nhanh" shows its counts in
 *   preview.html + preview bundle     the browser preview: the task pane over .xlsx files
 *                                     through the ExcelJS gateway (no Office.js)
 *   help.html                         the manifest's SupportUrl / LearnMoreUrl
 *   manifest.xml                      copied unchanged (URLs point at https://localhost:3000)
 *   assets/                           icons
 *   office-js/                        Office.js served by the add-in itself, not from a CDN
 *
 * `npm run build` is the production build; `npm start` (scripts/start.js) serves the
 * development build over https on port 3000.
 */
"use strict";

const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const root = __dirname;
const officeJsDist = path.join(root, "node_modules", "@microsoft", "office-js", "dist");

/** The origin every URL in manifest.xml points at. */
const DEV_PORT = 3000;

/**
 * The files of @microsoft/office-js that an Excel add-in page loads, relative to its dist folder.
 * office.js loads, next to itself:
 *   - the host file for the running Excel: excel-{web,win32,mac,ios,android,winrt}-16.0x[-core].js
 *     (Office 2013's "-15" files are left out: ExcelApi 1.13 needs a newer Excel);
 *   - <locale>/office_strings.js for Office's UI language (falling back to en-us);
 *   - telemetry/oteljs_agave.js, and the host files load ariatelemetry/aria-web-telemetry.js;
 *   - agaveerrorux/, the page Excel on the web shows when an add-in cannot be trusted;
 *   - o15apptofilemappingtable.js, which it loads when no Office host is found (a plain browser
 *     tab): without it Office.onReady never resolves there.
 * Debug builds (*.debug.js), Outlook's strings and other hosts' files are not copied.
 */
const officeJsFiles = [
  "office.js",
  "excel-*-16.*.js",
  "*/office_strings.js",
  "telemetry/oteljs_agave.js",
  "ariatelemetry/aria-web-telemetry.js",
  "agaveerrorux/**",
  "o15apptofilemappingtable.js",
];

module.exports = (_env, argv = {}) => {
  const production = argv.mode !== "development";

  return {
    mode: production ? "production" : "development",
    context: root,
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      quickcheck: "./src/commands/quickCheckDialog.ts",
      preview: "./src/preview/index.tsx",
    },
    output: {
      path: path.join(root, "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              configFile: path.join(root, "tsconfig.json"),
              // Only type-check what the pages import, not every file tsconfig.json includes.
              onlyCompileBundledFiles: true,
              // ES modules let webpack tree-shake Fluent UI v9; jest keeps tsconfig's CommonJS.
              compilerOptions: { module: "esnext", moduleResolution: "bundler" },
            },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new HtmlWebpackPlugin({
        filename: "quickcheck.html",
        template: "./src/commands/quickcheck.html",
        chunks: ["quickcheck"],
      }),
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./src/preview/preview.html",
        chunks: ["preview"],
      }),
      new HtmlWebpackPlugin({
        filename: "help.html",
        template: "./src/taskpane/help.html",
        chunks: [],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "manifest.xml", to: "manifest.xml" },
          { from: "assets/*.png", to: "assets/[name][ext]" },
          ...officeJsFiles.map((pattern) => ({
            from: pattern,
            context: officeJsDist,
            // A glob keeps its folders with [path]; a single file is named in full.
            to: /[*?]/.test(pattern) ? "office-js/[path][name][ext]" : `office-js/${pattern}`,
            globOptions: { ignore: ["**/*.debug.js"] },
            info: { minimized: true },
          })),
        ],
      }),
    ],
    performance: {
      // The task pane bundle carries React and Fluent UI; the copied Office.js host files are
      // large but are not part of any bundle. The preview carries ExcelJS (about 1 MB) on
      // purpose: it is a page to open a workbook in, not the add-in.
      hints: production ? "warning" : false,
      assetFilter: (name) =>
        name.endsWith(".js") && !name.startsWith("office-js/") && !name.startsWith("preview."),
      maxEntrypointSize: 700 * 1024,
      maxAssetSize: 700 * 1024,
    },
    devServer: {
      port: DEV_PORT,
      host: "localhost",
      // https options (the certificates) are added by scripts/start.js.
      server: "https",
      // Everything served is built or copied by webpack: no public/ folder.
      static: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      hot: false,
      liveReload: true,
      client: { overlay: { warnings: false, errors: true } },
    },
  };
};

module.exports.DEV_PORT = DEV_PORT;
