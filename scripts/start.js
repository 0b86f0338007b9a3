#!/usr/bin/env node
/*
 * npm start: serve the add-in at https://localhost:3000 for sideloading.
 *
 * 1. Makes development certificates in .certs/ with office-addin-dev-certs' generateCertificates.
 *    Only that function is used: its ensureCertificatesAreInstalled / getHttpsServerOptions
 *    also install the CA into the system trust store (sudo on Linux, the keychain on macOS,
 *    the user store on Windows). HOME and USERPROFILE point at .certs/home while it runs, so
 *    nothing is written to the real home folder either.
 * 2. Starts webpack-dev-server with the development build and those certificates.
 * 3. Prints how to sideload manifest.xml.
 *
 * Stop it with Ctrl+C (or SIGTERM).
 */
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const { X509Certificate } = require("node:crypto");

const root = path.resolve(__dirname, "..");
const certDir = path.join(root, ".certs");
const certFiles = {
  ca: path.join(certDir, "ca.crt"),
  cert: path.join(certDir, "localhost.crt"),
  key: path.join(certDir, "localhost.key"),
};
const CERT_DAYS = 30;

/** True when all three files exist and the certificates are valid for at least another day. */
function certificatesAreUsable() {
  if (!Object.values(certFiles).every((file) => fs.existsSync(file))) {
    return false;
  }
  const tomorrow = Date.now() + 24 * 60 * 60 * 1000;
  return [certFiles.ca, certFiles.cert].every((file) => {
    const cert = new X509Certificate(fs.readFileSync(file));
    return Date.parse(cert.validFrom) <= Date.now() && Date.parse(cert.validTo) > tomorrow;
  });
}

/** Runs fn with HOME and USERPROFILE pointing at a folder of the project's, then restores them. */
async function withProjectHome(fn) {
  const home = path.join(certDir, "home");
  fs.mkdirSync(home, { recursive: true });
  const saved = { HOME: process.env.HOME, USERPROFILE: process.env.USERPROFILE };
  process.env.HOME = home;
  process.env.USERPROFILE = home;
  try {
    return await fn();
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

async function ensureCertificates() {
  if (certificatesAreUsable()) {
    console.log(`Using the development certificates in ${path.relative(root, certDir)}/`);
    return;
  }
  // generateCertificates writes nothing when the CA file already exists: start clean.
  for (const file of Object.values(certFiles)) fs.rmSync(file, { force: true });
  await withProjectHome(async () => {
    // Required here, not at the top, so that its defaults see the project HOME.
    const { generateCertificates } = require("office-addin-dev-certs");
    await generateCertificates(certFiles.ca, certFiles.cert, certFiles.key, CERT_DAYS);
  });
  fs.chmodSync(certFiles.key, 0o600);
  console.log(`Generated development certificates in ${path.relative(root, certDir)}/`);
}

function printInstructions(origin) {
  const manifest = path.join(root, "manifest.xml");
  console.log(`
Chỉ tiêu is served at ${origin}/ (task pane: ${origin}/taskpane.html)

Sideload the add-in (manifest: ${manifest}):
  • Excel on Windows or Mac, on the machine running this server:
      npx office-addin-debugging start manifest.xml
    (downloads Microsoft's sideloading tool on demand; it is not a project dependency)
  • Excel on the web: Insert > Add-ins > Upload My Add-in, and pick manifest.xml.

Excel and the browser must trust the development CA ${certFiles.ca}.
It is not installed anywhere by this script: trust it yourself on the machine that runs Excel,
or open ${origin}/taskpane.html in that browser once and accept the certificate.

No Excel here? Open ${origin}/preview.html: the same task pane over an .xlsx file you
open from disk, or over a sample workbook, all in the browser.

Stop the server with Ctrl+C.`);
}

async function main() {
  await ensureCertificates();

  const webpack = require("webpack");
  const WebpackDevServer = require("webpack-dev-server");
  const makeConfig = require(path.join(root, "webpack.config.js"));

  const config = makeConfig({}, { mode: "development" });
  const https = {
    ca: fs.readFileSync(certFiles.ca),
    cert: fs.readFileSync(certFiles.cert),
    key: fs.readFileSync(certFiles.key),
  };
  const devServer = { ...config.devServer, server: { type: "https", options: https } };
  const compiler = webpack(config);
  const server = new WebpackDevServer(devServer, compiler);

  let stopping = false;
  const stop = async (signal) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping the server`);
    await server.stop();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));

  await server.start();
  printInstructions(`https://localhost:${devServer.port}`);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
