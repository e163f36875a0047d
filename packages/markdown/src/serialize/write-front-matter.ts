import type { DocumentControl } from "@quytrinh/core";
import { stringify } from "yaml";
import { CONTROL_KEY_ORDER } from "../front-matter/control-fields.js";

/**
 * Document control as YAML front matter, keys in the canonical order, unknown keys (`extra`) last.
 * `language` is written when it is not Vietnamese or differs from the headings' language.
 */
export function writeFrontMatter(control: DocumentControl, headingLanguage: "vi" | "en"): string {
  const data: Record<string, unknown> = {};
  for (const key of CONTROL_KEY_ORDER) {
    const value = (control as Record<string, unknown>)[key];
    if (value === undefined) continue;
    if (key === "revisions" && control.revisions.length === 0) continue;
    if (key === "language" && control.language === "vi" && headingLanguage === "vi") continue;
    data[key] = value;
  }
  Object.assign(data, control.extra);
  const yaml = stringify(data, { lineWidth: 0, indentSeq: true });
  return `---\n${yaml}---`;
}
