/*
 * Builds the add-in into dist/:
 *   taskpane.html + taskpane bundle   the task pane (React + Fluent UI v9)
 *   commands.html + commands bundle   the ribbon commands (manifest FunctionFile)
 *   quickcheck.html + its bundle       the dialog "Kiểm tra nhanh" shows its counts in
 *   preview.html + preview bundle     the browser preview: the task pane over .xlsx files
 *                                     through the .xlsx gateway (no Office.js)
 *   help.html                         the manifest's SupportUrl / LearnMoreUrl
 *   manifest.xml                      copied unchanged (URLs point at https://localhost:3000)
 *   assets/                           icons
 *
 * Office.js is not part of the build: taskpane.html, commands.html and quickcheck.html load it
 * from Microsoft's CDN (OFFICE_JS_URL); the preview loads no Office.js at all.
 *
 * `npm run build` is the production build; `npm start` (scripts/start.js) serves the
 * development build over https on port 3000.
 */
"use strict";

const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { contentSecurityPolicy } = require("./scripts/csp");

/**
 * The task pane's first screen as HTML and style elements, rendered with React's server renderer
 * from the pane's own components (src/taskpane/shell/renderShell.tsx), through ts-node, with the
 * libraries in the mode the bundle is built in (React and Fluent read NODE_ENV).
 */
function renderShell(production) {
  const before = process.env.NODE_ENV;
  process.env.NODE_ENV = production ? "production" : "development";
  try {
    require("ts-node").register({ transpileOnly: true, compilerOptions: { module: "commonjs" } });
    return require("./src/taskpane/shell/renderShell").renderShell();
  } finally {
    if (before === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = before;
  }
}

const root = __dirname;
/** Where the pages load Office.js from: Microsoft's CDN, as its docs and the store require. */
const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/**
 * Puts the pane's first screen into taskpane.html after the page is minified: the markup must
 * stay, to the byte, what React rendered and will hydrate (the minifier would rewrite the
 * theme's CSS text and drop attributes it deems redundant). The template marks the places.
 */
class PaneShellPlugin {
  constructor(render) {
    this.render = render;
  }

  apply(compiler) {
    compiler.hooks.compilation.tap("PaneShellPlugin", (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).beforeEmit.tap("PaneShellPlugin", (data) => {
        if (data.outputName !== "taskpane.html") return data;
        const { html, styles } = this.render();
        // As written in the template, or as the minifier leaves them (quotes dropped).
        const marks = [/<meta name="?chitieu-shell-styles"? ?\/?>/g, /<div id="?root"?><\/div>/g];
        const found = marks.map((mark) => (data.html.match(mark) ?? []).length);
        if (found.some((n) => n !== 1)) throw new Error("taskpane.html lost its shell marks");
        data.html = data.html
          .replace(marks[0], () => styles)
          .replace(marks[1], () => `<div id="root">${html}</div>`);
        return data;
      });
    });
  }
}

/** The origin every URL in manifest.xml points at. */
const DEV_PORT = 3000;

module.exports = (_env, argv = {}) => {
  const production = argv.mode !== "development";

  return {
    mode: production ? "production" : "development",
    context: root,
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      // Before the task pane's body: hides its first screen when another language is chosen.
      shellGuard: "./src/taskpane/shell/shellGuard.ts",
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
        // The page's <meta> Content-Security-Policy, first in its <head> (see scripts/csp.js).
        csp: contentSecurityPolicy({ officeJs: true }),
        template: "./src/taskpane/taskpane.html",
        // The pane's first screen, in the page: on screen before any script has run.
        chunks: ["shellGuard", "taskpane"],
        // The template places the bundle itself: preloaded before Office.js, run after it.
        inject: false,
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        // The page's <meta> Content-Security-Policy, first in its <head> (see scripts/csp.js).
        csp: contentSecurityPolicy({ officeJs: true }),
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new HtmlWebpackPlugin({
        filename: "quickcheck.html",
        // The page's <meta> Content-Security-Policy, first in its <head> (see scripts/csp.js).
        csp: contentSecurityPolicy({ officeJs: true }),
        template: "./src/commands/quickcheck.html",
        chunks: ["quickcheck"],
      }),
      new HtmlWebpackPlugin({
        filename: "preview.html",
        // The page's <meta> Content-Security-Policy, first in its <head> (see scripts/csp.js).
        csp: contentSecurityPolicy({ officeJs: false }),
        template: "./src/preview/preview.html",
        chunks: ["preview"],
      }),
      new HtmlWebpackPlugin({
        filename: "help.html",
        // The page's <meta> Content-Security-Policy, first in its <head> (see scripts/csp.js).
        csp: contentSecurityPolicy({ officeJs: false }),
        template: "./src/taskpane/help.html",
        chunks: [],
      }),
      new PaneShellPlugin(() => renderShell(production)),
      new CopyWebpackPlugin({
        patterns: [
          { from: "manifest.xml", to: "manifest.xml" },
          { from: "assets/*.png", to: "assets/[name][ext]" },
        ],
      }),
    ],
    optimization: {
      // html-webpack-plugin minifies the pages; webpack's own pass over .html assets would
      // minify taskpane.html's first screen too, which must stay what React rendered.
      minimizeOptions: { html: false },
    },
    performance: {
      // The task pane bundle carries React and Fluent UI. The preview carries ExcelJS (about
      // 1 MB) on purpose: it is a page to open a workbook in, not the add-in.
      hints: production ? "warning" : false,
      assetFilter: (name) => name.endsWith(".js") && !name.startsWith("preview."),
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
      // The policy of the pages that load Office.js; each built page also carries its own
      // (stricter for the preview and help) in a <meta>, and a page gets both.
      headers: {
        "Access-Control-Allow-Origin": "*",
        "Content-Security-Policy": contentSecurityPolicy({ officeJs: true }),
      },
      hot: false,
      liveReload: true,
      client: { overlay: { warnings: false, errors: true } },
    },
  };
};

module.exports.DEV_PORT = DEV_PORT;
module.exports.OFFICE_JS_URL = OFFICE_JS_URL;
