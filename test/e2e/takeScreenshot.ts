/**
 * `npm run screenshot` (after `npm run build`): the README's pictures of the preview, taken
 * from the build in headless Chromium at 1366 × 768 (see support/readmePictures.ts), into
 * docs/, with docs/pictures.json, the figures they show. The end-to-end test
 * readmePictures.e2e.ts takes them again in CI and fails when those figures have changed.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { DIST, launchChromium, requireE2eSetup } from "./support/chromium";
import { demoFiles } from "./support/demoFiles";
import { PICTURES, takeReadmePictures } from "./support/readmePictures";
import { serveFolder } from "./support/staticServer";

export const DOCS = join(__dirname, "..", "..", "docs");
export const FACTS = join(DOCS, "pictures.json");

async function main(): Promise<void> {
  requireE2eSetup();
  const server = await serveFolder(DIST);
  const browser = await launchChromium();
  try {
    const facts = await takeReadmePictures(browser, server.origin, await demoFiles(), DOCS);
    await writeFile(FACTS, `${JSON.stringify(facts, null, 2)}\n`);
    console.log(`Wrote ${Object.values(PICTURES).join(", ")} and pictures.json into ${DOCS}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
