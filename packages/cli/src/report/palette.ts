import { styleText } from "node:util";
import type { Severity } from "@quytrinh/core";

/** Text styles for the terminal; every style is the identity when colour is off. */
export interface Palette {
  severity: (severity: Severity, text: string) => string;
  dim: (text: string) => string;
  bold: (text: string) => string;
}

const severityColor = { error: "red", warning: "yellow", info: "blue" } as const;

/** The caller already decided on colour (TTY, `NO_COLOR`), so node must not second-guess it. */
const decided = { validateStream: false };

/** The palette for a terminal with (`true`) or without colour. */
export function palette(color: boolean): Palette {
  if (!color) {
    const plain = (text: string) => text;
    return { severity: (_severity, text) => text, dim: plain, bold: plain };
  }
  return {
    severity: (severity, text) => styleText(severityColor[severity], text, decided),
    dim: (text) => styleText("dim", text, decided),
    bold: (text) => styleText("bold", text, decided),
  };
}
