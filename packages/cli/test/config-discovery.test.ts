import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { createConfigFinder } from "../src/config/find-config.js";
import { cliMessages } from "../src/messages.js";
import { tempFolder } from "./temp-folder.js";

const messages = cliMessages("en");
const finder = () => createConfigFinder("en", messages);

describe("finding quytrinh.config.*", () => {
  test("walks up from the folder and the nearest file wins", async () => {
    const root = await tempFolder({
      "quytrinh.config.yaml": "hoursPerDay: 7\n",
      "xa/quytrinh.config.json": '{ "preset": "strict" }',
      "xa/ho-tich/khai-sinh.md": "",
      "huyen/khai-tu.md": "",
    });
    const find = finder();
    const near = await find(join(root, "xa/ho-tich"));
    expect(near).toEqual({
      path: join(root, "xa/quytrinh.config.json"),
      config: { preset: "strict" },
      diagnostics: [],
    });
    const far = await find(join(root, "huyen"));
    expect(far.path).toBe(join(root, "quytrinh.config.yaml"));
    expect(far.config).toEqual({ hoursPerDay: 7 });
  });

  test("reads .yml and stops at the filesystem root with no config", async () => {
    const root = await tempFolder({ "a/quytrinh.config.yml": "language: en\n" });
    const find = finder();
    expect((await find(join(root, "a"))).config).toEqual({ language: "en" });
    expect(await find(root)).toEqual({ config: {}, diagnostics: [] });
  });

  test("reads each folder once (cached), even after the file changes", async () => {
    const root = await tempFolder({ "quytrinh.config.yaml": "hoursPerDay: 7\n" });
    const find = finder();
    const first = await find(root);
    await writeFile(join(root, "quytrinh.config.yaml"), "hoursPerDay: 6\n");
    expect(await find(root)).toBe(first);
    expect((await finder()(root)).config).toEqual({ hoursPerDay: 6 });
  });

  test("a YAML syntax error is a positioned diagnostic on the config file", async () => {
    const root = await tempFolder({ "quytrinh.config.yaml": "preset: strict\nrules: [off\n" });
    const found = await finder()(root);
    expect(found.config).toEqual({});
    expect(found.diagnostics.map((d) => [d.ruleId, d.severity, d.place?.start])).toEqual([
      ["config-syntax", "error", { line: 3, column: 1 }],
    ]);
  });

  test("a JSON value of the wrong type points at that value", async () => {
    const root = await tempFolder({
      "quytrinh.config.json": '{\n  "language": "vi",\n  "hoursPerDay": "tám"\n}\n',
    });
    const [diagnostic] = (await finder()(root)).diagnostics;
    expect(diagnostic).toEqual({
      ruleId: "config-invalid",
      source: "quytrinh-cli",
      severity: "error",
      reason:
        "Config file has an invalid value at `hoursPerDay`: Invalid input: expected number, received string",
      place: { start: { line: 3, column: 18 }, end: { line: 3, column: 23 } },
    });
  });

  test("an unknown key (a typo) points at the key, in Vietnamese by default", async () => {
    const root = await tempFolder({
      "quytrinh.config.yaml":
        "approvers:\n  approvedBy:\n    name: Lê Minh Tuấn\n    position: Chủ tịch\n    positon: x\n",
    });
    const diagnostics = (await createConfigFinder("vi", cliMessages("vi"))(root)).diagnostics;
    expect(diagnostics.map((d) => [d.reason, d.place?.start])).toEqual([
      [
        'Tệp cấu hình có giá trị không hợp lệ ở `approvers.approvedBy.positon`: Khóa không được nhận dạng: "positon"',
        { line: 5, column: 5 },
      ],
    ]);
  });
});
