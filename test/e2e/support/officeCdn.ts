import { existsSync, readFileSync, statSync } from "node:fs";
import { join, normalize, sep } from "node:path";

/** The one outside URL the add-in's pages load: Office.js on Microsoft's CDN. */
export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** The CDN folder office.js loads its other files from (host files, strings, mapping table). */
export const OFFICE_JS_FOLDER = OFFICE_JS_URL.slice(0, OFFICE_JS_URL.lastIndexOf("/") + 1);

/** The npm copy of that folder: the tests serve the CDN from it, so none reaches the network. */
export const OFFICE_JS_DIST = join(
  __dirname,
  "..",
  "..",
  "..",
  "node_modules",
  "@microsoft",
  "office-js",
  "dist",
);

/**
 * The npm copy of a CDN file of Office.js, or undefined when the URL is not one: outside the
 * folder, a debug build, or not in the package.
 */
export function officeJsFile(url: string): string | undefined {
  if (!url.startsWith(OFFICE_JS_FOLDER)) return undefined;
  const relative = decodeURIComponent(
    new URL(url).pathname.slice(new URL(OFFICE_JS_FOLDER).pathname.length),
  );
  const root = normalize(OFFICE_JS_DIST + sep);
  const file = normalize(join(root, relative));
  if (!file.startsWith(root) || file.endsWith(".debug.js")) return undefined;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/** The bytes of a CDN file of Office.js from the npm copy (see officeJsFile). */
export function officeJsBody(file: string): Buffer {
  return readFileSync(file);
}
