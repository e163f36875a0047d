/**
 * Regenerates the pictures in docs/ from examples/dang-ky-khai-sinh.md with the tests' SVG preview:
 * `node --conditions=source --import tsx packages/drawio/scripts/docs-images.ts` (needs Chromium).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fromMarkdown } from "@quytrinh/markdown";
import { type ToDrawioOptions, toDrawio } from "../src/index.js";
import { chromiumPath, openPreview, previewPng } from "../test/support/browser.js";

const root = new URL("../../../", import.meta.url);
const docs = new URL("../docs/", import.meta.url);
const { procedure } = fromMarkdown(
  readFileSync(new URL("examples/dang-ky-khai-sinh.md", root), "utf8"),
);
const pictures: ReadonlyArray<readonly [string, ToDrawioOptions]> = [
  ["dang-ky-khai-sinh", {}],
  ["dang-ky-khai-sinh-outputs-lr", { direction: "LR", showOutputs: true }],
];

if (!chromiumPath)
  throw new Error("Chromium is needed: apt-get install chromium fonts-liberation2");
const { browser, page } = await openPreview(chromiumPath);
try {
  for (const [name, options] of pictures) {
    const xml = toDrawio(procedure, options);
    const { result, png } = await previewPng(page, xml);
    if (!png) throw new Error(`${name}: ${result.error}`);
    writeFileSync(new URL(`${name}.png`, docs), png);
    console.log(`${name}.png ${result.width}x${result.height}`);
  }
} finally {
  await browser.close();
}
