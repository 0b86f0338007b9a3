import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { DIST, launchChromium, requireE2eSetup } from "./support/chromium";
import { demoFiles } from "./support/demoFiles";
import { PICTURES, takeReadmePictures, type PictureFacts } from "./support/readmePictures";
import { serveFolder, type StaticServer } from "./support/staticServer";

const DOCS = join(__dirname, "..", "..", "docs");

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  requireE2eSetup();
  server = await serveFolder(DIST);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * The README's pictures are taken from this build, into docs/, every time the end-to-end tests
 * run (CI runs them after the build): what they show is what the demo gives now. The figures
 * they show must be those committed in docs/pictures.json with the pictures; when the demo's
 * figures change, `npm run screenshot` takes them again and the new pictures are committed.
 */
test("the README's pictures of the preview are taken from the build and show what the demo gives", async () => {
  const committed = JSON.parse(await readFile(join(DOCS, "pictures.json"), "utf8")) as PictureFacts;
  const facts = await takeReadmePictures(browser, server.origin, await demoFiles(), DOCS);
  expect(facts.imported).toHaveLength(10);
  expect(facts.chartFields.length).toBeGreaterThanOrEqual(5);
  if (JSON.stringify(facts) !== JSON.stringify(committed)) {
    throw new Error(
      `The README's pictures show figures the demo no longer gives: run \`npm run build && npm run screenshot\` and commit docs/ (${Object.values(PICTURES).join(", ")}, pictures.json).\nNow: ${JSON.stringify(facts)}\nCommitted: ${JSON.stringify(committed)}`,
    );
  }
  const readme = await readFile(join(__dirname, "..", "..", "README.md"), "utf8");
  for (const picture of Object.values(PICTURES)) expect(readme).toContain(`(docs/${picture})`);
});
