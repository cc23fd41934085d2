/* eslint-disable */
// Builds the task pane (dist/taskpane.html) and the ribbon's function file (dist/commands.html).
// Everything the add-in loads comes from its own origin: office.js is copied from the
// @microsoft/office-js package into dist/office-js/, so the add-in works on a network without
// internet (docs/addin.md). ADDIN_ORIGIN=https://host:port rewrites the manifest copied to dist/.
const path = require("path");
const fs = require("fs");
const os = require("os");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_ORIGIN = "https://localhost:3000";
const OFFICE_DIST = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));

// office.js loads these lazily from its own folder: the Excel host scripts, the app-to-file map,
// the promise polyfill, the telemetry helpers and the UI strings of each locale.
const OFFICE_FILES = [
  "office.js",
  "excel-*.js",
  "excelwebapp-*.js",
  "excelios-*.js",
  "o15apptofilemappingtable.js",
  "es6-promise.js",
  "*/office_strings.js",
  "telemetry/**",
  "ariatelemetry/**",
];

// 'unsafe-inline' only for styles: Fluent UI (Griffel) inserts <style> rules at run time.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'", // the standalone page's engine worker, from this origin only
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join("; ");

function devCerts() {
  // office-addin-dev-certs puts a trusted localhost certificate here; without it the dev server
  // makes its own self-signed one (Excel then needs the certificate trusted by hand).
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };
  if (!Object.values(files).every((f) => fs.existsSync(path.join(dir, f)))) return { type: "https" };
  const options = {};
  for (const [k, f] of Object.entries(files)) options[k] = fs.readFileSync(path.join(dir, f));
  return { type: "https", options };
}

module.exports = (env, argv) => {
  const production = argv.mode !== "development";
  const origin = (process.env.ADDIN_ORIGIN || DEV_ORIGIN).replace(/\/+$/, "");
  return {
    mode: production ? "production" : "development",
    devtool: production ? "source-map" : "cheap-module-source-map", // never eval: the CSP forbids it
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      notice: "./src/commands/notice-page.ts",
      // The standalone page's engine (a dedicated Worker); taskpane.html names its hashed file.
      engine: "./src/taskpane/engine.worker.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              configFile: path.resolve(__dirname, "tsconfig.json"),
              // ES modules let webpack drop the unused parts of Fluent UI.
              compilerOptions: { module: "es2020", sourceMap: true },
            },
          },
        },
      ],
    },
    performance: { maxAssetSize: 1500000, maxEntrypointSize: 1500000 },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        templateParameters: (compilation) => ({
          csp: CSP,
          engine: [...compilation.entrypoints.get("engine").getFiles()].find((f) => f.endsWith(".js")),
        }),
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        templateParameters: { csp: CSP },
      }),
      new HtmlWebpackPlugin({
        filename: "notice.html",
        template: "./src/commands/notice.html",
        chunks: ["notice"],
        templateParameters: { csp: CSP },
      }),
      new HtmlWebpackPlugin({
        filename: "help.html",
        template: "./src/taskpane/help.html",
        chunks: [],
        templateParameters: { csp: CSP },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/{icon,check,report}-*.png", to: "assets/[name][ext]" },
          ...OFFICE_FILES.map((pattern) => ({
            from: pattern,
            context: OFFICE_DIST,
            to: "office-js/",
            noErrorOnMissing: true,
            // The .debug.js twins are only loaded by office.debug.js, which the pages do not use.
            globOptions: { ignore: ["**/*.debug.js"] },
          })),
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => content.toString().split(DEV_ORIGIN).join(origin),
          },
        ],
      }),
    ],
    devServer: {
      port: 3000,
      server: devCerts(),
      static: { directory: path.resolve(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      client: { overlay: { warnings: false } },
    },
  };
};
