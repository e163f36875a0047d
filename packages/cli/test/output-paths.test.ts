import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { cliMessages } from "../src/messages.js";
import { createOutputPlanner } from "../src/render/output-paths.js";

const out = "/tmp/quytrinh-out";
const messages = cliMessages("en");

describe("createOutputPlanner", () => {
  test("names each output after the input's base name, one per format, inside --out", () => {
    const plan = createOutputPlanner(out, ["mmd", "png"], new Set(), messages);
    expect(plan("/data/xã/đăng-ký-khai-sinh.md", "xã/đăng-ký-khai-sinh.md")).toEqual({
      paths: new Map([
        ["mmd", join(out, "đăng-ký-khai-sinh.mmd")],
        ["png", join(out, "đăng-ký-khai-sinh.png")],
      ]),
    });
  });

  test("input paths made of dots or parent steps still land inside --out", () => {
    const plan = createOutputPlanner(out, ["svg"], new Set(), messages);
    for (const input of ["/data/..", "/data/../..md", "/data/x/../../.md", "/"]) {
      const planned = plan(input, input);
      if ("paths" in planned) {
        const path = planned.paths.get("svg") ?? "";
        expect(path.startsWith(`${out}/`), `${input} → ${path}`).toBe(true);
        expect(path.slice(out.length + 1)).not.toContain("/");
      } else {
        expect(planned.problem.ruleId).toBe("output-path-invalid");
      }
    }
  });

  test("refuses to overwrite an input and to give two inputs the same output", () => {
    const inputs = new Set([join(out, "a.mmd")]);
    const plan = createOutputPlanner(out, ["mmd"], inputs, messages);
    expect(plan("/src/a.md", "a.md")).toMatchObject({
      problem: { reason: "Output `quytrinh-out/a.mmd` would overwrite an input file" },
    });
    expect(plan("/src/x/b.md", "x/b.md")).toHaveProperty("paths");
    expect(plan("/src/y/b.md", "y/b.md")).toMatchObject({
      problem: { ruleId: "output-path-invalid", reason: expect.stringContaining("`x/b.md`") },
    });
  });
});
