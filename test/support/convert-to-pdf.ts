import { execFileSync } from "node:child_process";
import { basename, extname, join } from "node:path";

/**
 * Converts a DOCX file to PDF in `folder` with LibreOffice, headless and with a private profile
 * there, so runs never share state; returns the PDF's path. Throws when LibreOffice cannot open it.
 */
export function convertToPdf(soffice: string, docx: string, folder: string): string {
  execFileSync(
    soffice,
    [
      `-env:UserInstallation=file://${join(folder, "profile")}`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      folder,
      docx,
    ],
    { stdio: "pipe", timeout: 180_000 },
  );
  return join(folder, `${basename(docx, extname(docx))}.pdf`);
}
