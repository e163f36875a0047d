import type { Procedure } from "@quytrinh/core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createRenderer, type Renderer, type ToMermaidOptions, toMermaid } from "../src/index.js";
import { chromiumPath, skipReason } from "./support/browser.js";
import { expectDrawn } from "./support/expect-drawn.js";
import { fixtureModels } from "./support/fixtures.js";
import { khaiSinh } from "./support/models.js";
import { pngSize } from "./support/png-size.js";

interface Case {
  name: string;
  procedure: Procedure;
  options?: ToMermaidOptions;
}

const cases: Case[] = [
  { name: "khai sinh, swimlanes", procedure: khaiSinh },
  { name: "khai sinh, groups", procedure: khaiSinh, options: { lanes: "group" } },
  {
    name: "khai sinh, no lanes, outputs, left to right",
    procedure: khaiSinh,
    options: { lanes: "none", showOutputs: true, direction: "LR" },
  },
  ...fixtureModels().map(({ name, procedure }) => ({ name: `fixture ${name}`, procedure })),
];

describe.skipIf(skipReason !== undefined)(
  `rendering in headless Chromium ${skipReason ?? ""}`,
  () => {
    let renderer: Renderer;
    beforeAll(async () => {
      renderer = await createRenderer({
        browsers: 1,
        ...(chromiumPath ? { executablePath: chromiumPath } : {}),
      });
    }, 60_000);
    afterAll(() => renderer?.close());

    describe.each(cases)("$name", ({ procedure, options }) => {
      const { text } = toMermaid(procedure, options);

      test("SVG with HTML labels shows every label", async () => {
        const result = await renderer.render(text, { format: "svg" });
        const shown = expectDrawn(result, procedure);
        expect(shown).not.toMatch(/#(?:quot|35|37|amp|lt|gt|96|123|124|125);/);
        expect(String(result.ok && result.data)).toContain("<foreignObject");
      }, 60_000);

      test("SVG with text labels has real text with every label, HTML only in swimlane titles", async () => {
        const textLabels = toMermaid(procedure, { ...options, labels: "text" }).text;
        const result = await renderer.render(textLabels, { format: "svg" });
        const shown = expectDrawn(result, procedure, "text");
        expect(shown).not.toMatch(/#(?:quot|35|37|amp|lt|gt|96|123|124|125);/);
        const svg = String(result.ok && result.data);
        const foreign = svg.match(/<foreignObject/g)?.length ?? 0;
        // Mermaid 11.17's swimlane-beta draws lane titles in HTML whatever htmlLabels says.
        const swimlanes = textLabels.includes("\nswimlane-beta ")
          ? (textLabels.match(/^ {2}subgraph /gm)?.length ?? 0)
          : 0;
        expect(foreign).toBe(swimlanes);
      }, 60_000);

      test("PNG is twice the diagram's size by default, and a sane size", async () => {
        const result = await renderer.render(text, { format: "png" });
        if (!result.ok) throw new Error(result.error);
        expect(result.consoleErrors).toEqual([]);
        const size = pngSize(result.data as Uint8Array);
        expect(Math.abs(size.width - 2 * result.width)).toBeLessThanOrEqual(2);
        expect(Math.abs(size.height - 2 * result.height)).toBeLessThanOrEqual(2);
        expect(result.width).toBeGreaterThan(50);
        expect(result.height).toBeGreaterThan(100);
        expect(result.width).toBeLessThan(10_000);
        expect(result.height).toBeLessThan(20_000);
      }, 60_000);
    });

    test("PNG scale is configurable", async () => {
      const result = await renderer.render(toMermaid(khaiSinh).text, { format: "png", scale: 1 });
      if (!result.ok) throw new Error(result.error);
      expect(pngSize(result.data as Uint8Array)).toEqual({
        width: result.width,
        height: result.height,
      });
    }, 60_000);

    test("bad Mermaid text is a failure result with Mermaid's message, and the next diagram renders", async () => {
      const bad = await renderer.render("flowchart TD\n  a{{{ -->", { format: "svg" });
      expect(bad).toMatchObject({ ok: false, crashed: false });
      expect(bad.ok ? "" : bad.error).toContain("Parse error on line 2");
      const good = await renderer.render(toMermaid(khaiSinh).text, { format: "svg" });
      expectDrawn(good, khaiSinh);
    }, 60_000);

    test("text over Mermaid's size limit is a failure result, not a broken picture", async () => {
      const result = await renderer.render(`flowchart TD\n  a["${"x".repeat(60_000)}"]\n`, {
        format: "png",
      });
      expect(result).toMatchObject({ ok: false, crashed: false });
      expect(result.ok ? "" : result.error).toContain("Maximum text size");
    });
  },
);
