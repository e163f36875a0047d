import { describe, expect, test } from "vitest";
import type { CheckReport } from "../src/report/file-report.js";
import { birthWithoutActor, exampleText, folderWithBrokenBirth } from "./example-folder.js";
import { runCli } from "./run-io.js";
import { tempFolder } from "./temp-folder.js";

const ruleIds = (report: CheckReport, file: string) =>
  report.files.find((entry) => entry.file === file)?.diagnostics.map((d) => d.ruleId) ?? [];

async function checkJson(argv: string[], cwd: string) {
  const result = await runCli(["check", "--json", ...argv], cwd);
  return { code: result.code, report: JSON.parse(result.stdout) as CheckReport };
}

describe("quytrinh check runs the validation rules", () => {
  test("a step without a responsible actor is an error with the rule's id, url and position", async () => {
    const cwd = await folderWithBrokenBirth();
    const result = await runCli(["check", "birth.md", "--lang", "en"], cwd);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /^birth\.md:112:1 +error +Step `B5` has no responsible unit +step-responsible-required$/m,
    );
    const { report } = await checkJson(["birth.md"], cwd);
    const diagnostic = report.files[0]?.diagnostics.find(
      (d) => d.ruleId === "step-responsible-required",
    );
    expect(diagnostic).toMatchObject({
      source: "quytrinh-core",
      severity: "error",
      reason: "Bước `B5` chưa có người hoặc bộ phận thực hiện",
      place: { start: { line: 112, column: 1 } },
      url: expect.stringContaining("step-responsible-required"),
    });
  });

  test("--preset strict turns the example's hints into errors", async () => {
    const cwd = await tempFolder({ "birth.md": exampleText("dang-ky-khai-sinh") });
    const recommended = await checkJson(["birth.md"], cwd);
    expect(recommended.code).toBe(0);
    expect(recommended.report.summary.errors).toBe(0);
    const strict = await checkJson(["birth.md", "--preset", "strict"], cwd);
    expect(strict.code).toBe(1);
    expect(strict.report.files[0]?.diagnostics.map((d) => d.severity)).not.toContain("info");
    expect(ruleIds(strict.report, "birth.md")).toContain("legal-amendment-cited");
  });

  test("a config file can turn a rule off, and the document's front matter wins over it", async () => {
    const cwd = await folderWithBrokenBirth({
      "quytrinh.config.yaml": "rules:\n  step-responsible-required: off\n",
    });
    const off = await checkJson(["birth.md"], cwd);
    expect(ruleIds(off.report, "birth.md")).not.toContain("step-responsible-required");
    expect(off.code).toBe(0);

    const withFrontMatter = birthWithoutActor().replace(
      "\n---\n",
      "\nrules:\n  step-responsible-required: warn\n---\n",
    );
    const cwd2 = await tempFolder({
      "quytrinh.config.json": '{ "rules": { "step-responsible-required": "off" } }',
      "birth.md": withFrontMatter,
    });
    const { report } = await checkJson(["birth.md"], cwd2);
    const diagnostic = report.files[0]?.diagnostics.find(
      (d) => d.ruleId === "step-responsible-required",
    );
    expect(diagnostic?.severity).toBe("warning");
  });

  test("a bad config file is reported on its own, once, and the run exits 1", async () => {
    const cwd = await tempFolder({
      "quytrinh.config.yaml": "preset: lenient\n",
      "a.md": exampleText("dang-ky-khai-tu"),
      "b.md": exampleText("dang-ky-khai-sinh"),
    });
    const { code, report } = await checkJson(["."], cwd);
    expect(code).toBe(1);
    expect(report.files.map((file) => file.file)).toEqual(["quytrinh.config.yaml", "a.md", "b.md"]);
    expect(report.files[0]?.diagnostics).toEqual([
      expect.objectContaining({
        ruleId: "config-invalid",
        place: { start: { line: 1, column: 9 }, end: { line: 1, column: 16 } },
      }),
    ]);
    expect(report.summary.errors).toBe(1);
  });

  test("--registry replaces the starter registry; a registry with a wrong field is positioned", async () => {
    const cwd = await tempFolder({
      "birth.md": exampleText("dang-ky-khai-sinh"),
      "empty.yaml": "checked: 2026-11-01\ndocuments: []\n",
      "bad.yaml": "checked: 2026-11-01\ndocuments:\n  - number: 1/2020/NĐ-CP\n    status: gone\n",
    });
    const starter = await checkJson(["birth.md"], cwd);
    expect(ruleIds(starter.report, "birth.md")).toContain("legal-amendment-cited");
    const empty = await checkJson(["birth.md", "--registry", "empty.yaml"], cwd);
    expect(ruleIds(empty.report, "birth.md")).not.toContain("legal-amendment-cited");

    const bad = await checkJson(["birth.md", "--registry", "bad.yaml", "--lang", "en"], cwd);
    expect(bad.code).toBe(1);
    const [registry] = bad.report.files;
    expect(registry?.file).toBe("bad.yaml");
    expect(
      registry?.diagnostics.map((d) => [d.ruleId, d.reason, d.place?.start.line]),
    ).toContainEqual([
      "registry-invalid",
      expect.stringContaining("Legal registry has an invalid value at `documents.0.status`"),
      4,
    ]);
  });

  test("the config's registry path is relative to the config file", async () => {
    const cwd = await tempFolder({
      "xa/quytrinh.config.yaml": "registry: ../luat/empty.yaml\n",
      "luat/empty.yaml": "checked: 2026-11-01\ndocuments: []\n",
      "xa/birth.md": exampleText("dang-ky-khai-sinh"),
    });
    const { code, report } = await checkJson(["xa"], cwd);
    expect(report.files.map((file) => file.file)).toEqual(["xa/birth.md"]);
    expect(ruleIds(report, "xa/birth.md")).not.toContain("legal-amendment-cited");
    expect(code).toBe(0);
  });

  test("the config's language applies to its files' diagnostics unless --lang is given", async () => {
    const cwd = await folderWithBrokenBirth({ "quytrinh.config.yml": "language: en\n" });
    const reason = async (argv: string[]) =>
      (await checkJson(["birth.md", ...argv], cwd)).report.files[0]?.diagnostics.find(
        (d) => d.ruleId === "step-responsible-required",
      )?.reason;
    expect(await reason([])).toBe("Step `B5` has no responsible unit");
    expect(await reason(["--lang", "vi"])).toBe("Bước `B5` chưa có người hoặc bộ phận thực hiện");
  });

  test("--fail-on warning makes warnings fail the run", async () => {
    const cwd = await tempFolder({ "trong/ghi-chu.txt": "" });
    expect((await runCli(["check", "trong"], cwd)).code).toBe(0);
    expect((await runCli(["check", "trong", "--fail-on", "warning"], cwd)).code).toBe(1);
  });
});
