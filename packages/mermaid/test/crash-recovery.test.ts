import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { descendants } from "../../../test/support/child-processes.js";
import { createRenderer, type Renderer, type RenderResult, toMermaid } from "../src/index.js";
import { chromiumPath, skipReason } from "./support/browser.js";
import { expectDrawn } from "./support/expect-drawn.js";
import { khaiSinh } from "./support/models.js";

const text = toMermaid(khaiSinh).text;
const options = { browsers: 1, ...(chromiumPath ? { executablePath: chromiumPath } : {}) };

/** Starts a batch of renders and kills the processes `choose` picks once the first one is done. */
async function batchWithKill(
  renderer: Renderer,
  size: number,
  choose: (processes: { pid: number; args: string }[]) => { pid: number }[],
): Promise<RenderResult[]> {
  const batch = Array.from({ length: size }, (_, index) =>
    renderer.render(text, { format: index % 2 === 0 ? "svg" : "png" }),
  );
  await batch[0];
  const victims = choose(descendants(process.pid));
  if (victims.length === 0) throw new Error("no browser process to kill");
  for (const victim of victims) process.kill(victim.pid, "SIGKILL");
  return Promise.all(batch);
}

describe.skipIf(skipReason !== undefined)(`crash recovery ${skipReason ?? ""}`, () => {
  let renderer: Renderer;
  beforeAll(async () => {
    renderer = await createRenderer(options);
  }, 60_000);
  afterAll(() => renderer?.close());

  test("the browser killed mid-batch is restarted and every diagram still renders", async () => {
    const results = await batchWithKill(renderer, 6, (processes) =>
      processes.filter((entry) => /chrom/i.test(entry.args) && !entry.args.includes("--type=")),
    );
    expect(results.map((result) => result.ok)).toEqual([true, true, true, true, true, true]);
    expect(results.filter((result) => result.crashed).length).toBe(1);
    expect(results.filter((result) => !result.ok || result.consoleErrors.length > 0)).toEqual([]);
    for (const result of results.filter((r) => r.format === "svg")) expectDrawn(result, khaiSinh);
  }, 120_000);

  test("the page's renderer processes killed mid-batch is recovered the same way", async () => {
    const results = await batchWithKill(renderer, 6, (processes) =>
      processes.filter((entry) => entry.args.includes("--type=renderer")),
    );
    expect(results.map((result) => result.ok)).toEqual([true, true, true, true, true, true]);
    expect(results.filter((result) => result.crashed).length).toBe(1);
  }, 120_000);

  test("a diagram that fails again after the restart is a failure result, not an exception", async () => {
    const impatient = await createRenderer({ ...options, timeoutMs: 1 });
    try {
      const result = await impatient.render(text, { format: "png" });
      expect(result).toMatchObject({ ok: false, crashed: true, error: "no answer within 1 ms" });
    } finally {
      await impatient.close();
    }
  }, 120_000);
});

describe.skipIf(skipReason !== undefined)(`two pages in one browser ${skipReason ?? ""}`, () => {
  let renderer: Renderer;
  beforeAll(async () => {
    renderer = await createRenderer({ ...options, pages: 2 });
  }, 60_000);
  afterAll(() => renderer?.close());

  test("render side by side, recycle the browser when both are idle, and draw the same SVG", async () => {
    const recycling = await createRenderer({ ...options, pages: 2, recycleAfter: 5 });
    const results = await Promise.all(
      Array.from({ length: 12 }, () => recycling.render(text, { format: "svg" })),
    ).finally(() => recycling.close());
    expect(results.map((result) => result.ok && !result.crashed)).toEqual(
      Array.from({ length: 12 }, () => true),
    );
    const svgs = new Set(
      results.map((result) => String(result.ok && result.data).replace(/\bqt\d+/g, "ID")),
    );
    expect(svgs.size).toBe(1);
    for (const result of results) expectDrawn(result, khaiSinh);
  }, 120_000);

  test("both pages' renderer processes killed mid-batch: the browser restarts and every diagram renders", async () => {
    const results = await batchWithKill(renderer, 6, (processes) =>
      processes.filter((entry) => entry.args.includes("--type=renderer")),
    );
    expect(results.map((result) => result.ok)).toEqual([true, true, true, true, true, true]);
    // the two renders in flight fail, restart the browser once between them, and are retried
    expect(results.filter((result) => result.crashed).length).toBeGreaterThanOrEqual(1);
    expect(results.filter((result) => result.crashed).length).toBeLessThanOrEqual(2);
  }, 120_000);

  test("the browser killed mid-batch: both pages come back and every diagram renders", async () => {
    const results = await batchWithKill(renderer, 6, (processes) =>
      processes.filter((entry) => /chrom/i.test(entry.args) && !entry.args.includes("--type=")),
    );
    expect(results.map((result) => result.ok)).toEqual([true, true, true, true, true, true]);
    expect(results.filter((result) => result.crashed).length).toBeGreaterThanOrEqual(1);
  }, 120_000);
});
