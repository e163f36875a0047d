import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { convertToPdf } from "../../../../test/support/convert-to-pdf.js";
import { findTool } from "../../../../test/support/require-tool.js";

/** The programs the real-reader tests need, or why they are skipped. */
export interface OfficeTools {
  soffice: string;
  pdftotext: string;
  pdfinfo: string;
  pdffonts: string;
}

/** Finds LibreOffice and poppler-utils; a reason to skip when one is missing (never under CI=true). */
export function officeTools(): OfficeTools | { skip: string } {
  const found = {
    soffice: findTool(["soffice", "libreoffice"]),
    pdftotext: findTool(["pdftotext"]),
    pdfinfo: findTool(["pdfinfo"]),
    pdffonts: findTool(["pdffonts"]),
  };
  for (const tool of Object.values(found)) if ("skip" in tool) return tool;
  const path = (tool: { path: string } | { skip: string }) => ("path" in tool ? tool.path : "");
  return {
    soffice: path(found.soffice),
    pdftotext: path(found.pdftotext),
    pdfinfo: path(found.pdfinfo),
    pdffonts: path(found.pdffonts),
  };
}

/** A PDF made by LibreOffice from DOCX bytes, read back with poppler. */
export interface OfficePdf {
  /** Text of the whole document, or of one page (1-based), in reading order. */
  text(page?: number): string;
  pages: number;
  /** Names of the fonts embedded in the PDF. */
  fonts: string[];
}

/**
 * Opens DOCX bytes in LibreOffice (headless, with a private profile so runs never share state),
 * exports a PDF and reads it back. Throws when LibreOffice cannot open the document.
 */
export function officePdf(tools: OfficeTools, bytes: Uint8Array): OfficePdf {
  const folder = mkdtempSync(join(tmpdir(), "quytrinh-docx-"));
  try {
    const docx = join(folder, "document.docx");
    writeFileSync(docx, bytes);
    const pdf = convertToPdf(tools.soffice, docx, folder);
    const info = execFileSync(tools.pdfinfo, [pdf], { encoding: "utf8" });
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
    const fonts = execFileSync(tools.pdffonts, [pdf], { encoding: "utf8" })
      .split("\n")
      .slice(2)
      .map((line) => line.split(/\s+/)[0] ?? "")
      .filter(Boolean);
    const read = (range: string[]) =>
      execFileSync(tools.pdftotext, ["-raw", "-enc", "UTF-8", ...range, pdf, "-"], {
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
      });
    const whole = read([]);
    const byPage = Array.from({ length: pages }, (_, index) =>
      read(["-f", String(index + 1), "-l", String(index + 1)]),
    );
    return {
      text: (page) => (page === undefined ? whole : (byPage[page - 1] ?? "")),
      pages,
      fonts,
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Text with every run of white space made one space, for comparing text that wraps. */
export function flat(text: string): string {
  return text.replace(/\s+/gu, " ").trim();
}
