import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { convertToPdf } from "../test/support/convert-to-pdf.js";

/**
 * Regenerates the README's pictures in docs/images from examples/dang-ky-khai-sinh.md:
 * `quytrinh build --format docx,png`, then LibreOffice → PDF → `pdftoppm -png -r 60` of the page
 * holding the Word flowchart, and the browser-drawn PNG. Needs LibreOffice, poppler-utils and a
 * Chrome/Chromium; run with `node --conditions=source --import tsx scripts/readme-images.ts`.
 */
const root = fileURLToPath(new URL("..", import.meta.url));
const images = join(root, "docs/images");
const name = "dang-ky-khai-sinh";
const FLOWCHART_HEADING = "Lưu đồ";
const MAX_BYTES = 200 * 1024;

const folder = mkdtempSync(join(tmpdir(), "quytrinh-readme-"));
try {
  execFileSync(
    process.execPath,
    [
      "--conditions=source",
      "--import",
      "tsx",
      "packages/cli/src/bin.ts",
      "build",
      `examples/${name}.md`,
      "--out",
      folder,
      "--format",
      "docx,png",
      "--scale",
      "1",
    ],
    { cwd: root, stdio: "inherit" },
  );
  const pdf = convertToPdf("soffice", join(folder, `${name}.docx`), folder);
  const page = flowchartPage(pdf);
  mkdirSync(images, { recursive: true });
  const pagePrefix = join(folder, "page");
  execFileSync("pdftoppm", [
    "-png",
    "-r",
    "60",
    "-f",
    page,
    "-l",
    page,
    "-singlefile",
    pdf,
    pagePrefix,
  ]);
  const written = [
    copy(`${pagePrefix}.png`, join(images, `${name}-word-page.png`)),
    copy(join(folder, `${name}.png`), join(images, `${name}-flowchart.png`)),
  ];
  for (const line of written) console.log(line);
} finally {
  rmSync(folder, { recursive: true, force: true });
}

/** The number (as text) of the first PDF page whose text has the flowchart heading. */
function flowchartPage(pdf: string): string {
  const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
  for (let page = 1; page <= pages; page++) {
    const range = ["-f", String(page), "-l", String(page)];
    const text = execFileSync("pdftotext", [...range, pdf, "-"], { encoding: "utf8" });
    if (text.includes(FLOWCHART_HEADING)) return String(page);
  }
  throw new Error(`no page of ${pdf} has the heading "${FLOWCHART_HEADING}"`);
}

/** Copies an image into docs/images, refusing one over `MAX_BYTES`; returns a line to print. */
function copy(from: string, to: string): string {
  const bytes = statSync(from).size;
  if (bytes > MAX_BYTES) throw new Error(`${from} is ${bytes} bytes, over ${MAX_BYTES}`);
  copyFileSync(from, to);
  return `${to.slice(root.length)} (${Math.round(bytes / 1024)} KB)`;
}
