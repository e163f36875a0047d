import type { Procedure } from "@quytrinh/core";
import { expect } from "vitest";
import type { LabelMode, RenderResult } from "../../src/index.js";
import { letters as lettersOf, svgLetters } from "./svg-text.js";

/** Characters that SVG text labels show as look-alikes, and the look-alikes and word joiner. */
const STAND_INS = /["#%&<>`{}|\ufb02¶“”‹›ˋ｛｝∣＆\u2060]/g;

/**
 * Asserts an SVG result shows every step's label and every branch label, in NFC: literally with
 * HTML labels; with text labels, literally apart from the characters drawn as look-alikes.
 */
export function expectDrawn(
  result: RenderResult,
  procedure: Procedure,
  mode: LabelMode = "html",
): string {
  if (!result.ok) throw new Error(`render failed: ${result.error}`);
  expect(result.consoleErrors).toEqual([]);
  const all = svgLetters(String(result.data));
  const shown = mode === "html" ? all : all.replace(STAND_INS, "");
  // Text labels spell Mermaid's private marker `ﬂ` as plain "fl"; the other stand-ins are dropped.
  const letters = (text: string) =>
    mode === "html"
      ? lettersOf(text)
      : lettersOf(text.replaceAll("\ufb02", "fl")).replace(STAND_INS, "");
  expect(shown).toBe(shown.normalize("NFC"));
  for (const step of procedure.steps) {
    const terminal = step.kind === "start" || step.kind === "end";
    const action =
      step.action.trim() === "" ? step.id : terminal ? step.action : `${step.id}. ${step.action}`;
    expect(shown).toContain(letters(action));
    // a branch to a step that does not exist is left out (toMermaid reports it)
    const drawn = step.branches.filter(
      (branch) => branch.target === "END" || procedure.steps.some((s) => s.id === branch.target),
    );
    for (const branch of drawn) {
      if (branch.label) expect(shown).toContain(letters(branch.label));
    }
  }
  return all;
}
