import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { fromMarkdown } from "@quytrinh/markdown";
import { createRenderer, type Renderer, toMermaid } from "@quytrinh/mermaid";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { chromiumPath, skipReason } from "../packages/mermaid/test/support/browser.js";
import { expectDrawn } from "../packages/mermaid/test/support/expect-drawn.js";
import { pngSize } from "../packages/mermaid/test/support/png-size.js";

const folder = fileURLToPath(new URL("../examples/", import.meta.url));
const examples = readdirSync(folder)
  .filter((file) => file.endsWith(".md"))
  .sort()
  .map((file) => {
    const { procedure } = fromMarkdown(readFileSync(join(folder, file), "utf8"), { file });
    return { name: file.replace(/\.md$/, ""), procedure, text: toMermaid(procedure).text };
  });

describe("examples as flowcharts", () => {
  test.each(examples)("$name draws as its golden .mmd", async ({ name, text }) => {
    expect(text).not.toBe("");
    await expect(text).toMatchFileSnapshot(`mermaid-examples/${name}.mmd`);
  });
});

describe.skipIf(skipReason !== undefined)(
  `examples in headless Chromium ${skipReason ?? ""}`,
  () => {
    let renderer: Renderer;
    beforeAll(async () => {
      renderer = await createRenderer(chromiumPath ? { executablePath: chromiumPath } : {});
    }, 60_000);
    afterAll(() => renderer?.close());

    test.each(examples)(
      "$name renders to SVG with every label and to a sane PNG",
      async ({ procedure, text }) => {
        expectDrawn(await renderer.render(text, { format: "svg" }), procedure);
        const png = await renderer.render(text, { format: "png" });
        if (!png.ok) throw new Error(png.error);
        expect(png.consoleErrors).toEqual([]);
        const size = pngSize(png.data as Uint8Array);
        expect(size.width).toBeGreaterThan(400);
        expect(size.height).toBeGreaterThan(400);
        expect(Math.abs(size.width - 2 * png.width)).toBeLessThanOrEqual(2);
      },
      60_000,
    );
  },
);
