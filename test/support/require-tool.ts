import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

/**
 * Finds an external program a test needs (Chromium, LibreOffice, pdftotext, ...).
 * Returns its path, or a reason to skip. Under `CI=true` a missing tool is a failure, never a skip.
 */
export function findTool(names: readonly string[]): { path: string } | { skip: string } {
  for (const name of names) {
    if (name.includes("/")) {
      if (existsSync(name)) return { path: name };
      continue;
    }
    try {
      const path = execFileSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" }).trim();
      if (path) return { path };
    } catch {
      // not on PATH; try the next name
    }
  }
  const reason = `needs one of ${names.join(", ")} (Debian: see README "Images and Word checks")`;
  if (process.env.CI === "true") {
    throw new Error(`CI=true but a required tool is missing: ${reason}`);
  }
  return { skip: reason };
}
