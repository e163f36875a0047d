import { describe, expect, test, vi } from "vitest";
import { runCli } from "./run-io.js";
import { tempFolder } from "./temp-folder.js";

// A parser that crashes on one input: the crash must stay inside that file's report.
vi.mock("@quytrinh/markdown", async (importOriginal) => {
  const original = await importOriginal<typeof import("@quytrinh/markdown")>();
  return {
    ...original,
    fromMarkdown: (text: string, options: Parameters<typeof original.fromMarkdown>[1]) => {
      if (text.includes("CRASH")) throw new TypeError("cannot read properties of undefined");
      return original.fromMarkdown(text, options);
    },
  };
});

describe("an unexpected exception while checking a file", () => {
  test("becomes an internal-error diagnostic for that file, and the next file is still checked", async () => {
    const cwd = await tempFolder({ "a.md": "# CRASH\n", "b.md": "" });
    const result = await runCli(["check", "--json", "."], cwd);
    const report = JSON.parse(result.stdout);
    expect(
      report.files.map((file: { diagnostics: { ruleId: string }[] }) =>
        file.diagnostics.map((d) => d.ruleId),
      ),
    ).toEqual([["internal-error"], ["file-empty"]]);
    expect(report.files[0].diagnostics[0].reason).toBe(
      "Lỗi nội bộ khi xử lý tệp: cannot read properties of undefined",
    );
    expect(result.code).toBe(1);
  });
});
