import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import type { CheckReport } from "../src/report/file-report.js";
import { exampleText } from "./example-folder.js";
import { runCli } from "./run-io.js";
import { tempFolder } from "./temp-folder.js";

const repository = fileURLToPath(new URL("../../..", import.meta.url));
const birth = "examples/dang-ky-khai-sinh.md";

describe("quytrinh check --time", () => {
  test("prints the time analysis after the file's diagnostics", async () => {
    const result = await runCli(["check", birth, "--time"], repository);
    // Up to the summary, whose count of date-dependent hints changes with the calendar.
    const { stdout } = result;
    const table = stdout.slice(stdout.indexOf("Đường dài nhất"), stdout.lastIndexOf("\n\n"));
    expect(table).toMatchInlineSnapshot(`
      "Đường dài nhất: B1 → B2 → B4 → B5 → B6 (4 giờ)
      Thời gian xử lý theo quy định: trong ngày (1 ngày); còn dư 4 giờ

      Đường đi                Thời gian  Chưa rõ thời gian
      B1 → B2 → B4 → B5 → B6  4 giờ      B1

      Người thực hiện              Thời gian  Tỷ lệ
      Công chức Tư pháp – Hộ tịch  2 giờ      50,0 %
      Chủ tịch UBND xã             1 giờ      25,0 %
      Công chức TTPVHCC            1 giờ      25,0 %
      Người yêu cầu                0 phút     0,0 %"
    `);
    expect(result.code).toBe(0);
  });

  test("speaks English with --lang en", async () => {
    const result = await runCli(["check", birth, "--time", "--lang", "en"], repository);
    expect(result.stdout).toContain("Longest path: B1 → B2 → B4 → B5 → B6 (4 hours)");
  });

  test("--json includes the analysis and the rule diagnostics", async () => {
    const result = await runCli(["check", birth, "--time", "--json"], repository);
    const [file] = (JSON.parse(result.stdout) as CheckReport).files;
    expect(file?.time).toMatchObject({
      longest: { steps: ["B1", "B2", "B4", "B5", "B6"], minutes: 240, unknown: ["B1"] },
      sameDay: true,
      hoursPerDay: 8,
    });
    expect(file?.diagnostics.some((d) => d.source === "quytrinh-core")).toBe(true);
  });

  test("the config's hoursPerDay sets the working day of the analysis", async () => {
    const cwd = await tempFolder({
      "quytrinh.config.json": '{ "hoursPerDay": 4 }',
      "birth.md": exampleText("dang-ky-khai-sinh"),
    });
    const result = await runCli(["check", "birth.md", "--time", "--json"], cwd);
    const [file] = (JSON.parse(result.stdout) as CheckReport).files;
    expect(file?.time).toMatchObject({ hoursPerDay: 4, limit: 240, slack: 0 });
  });

  test("without --time there is no analysis", async () => {
    const result = await runCli(["check", birth, "--json"], repository);
    expect((JSON.parse(result.stdout) as CheckReport).files[0]).not.toHaveProperty("time");
    expect(result.stdout).not.toContain("Đường dài nhất");
  });
});
