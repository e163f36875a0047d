import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { readSource } from "../src/files/read-source.js";
import { cliMessages } from "../src/messages.js";
import { tempFolder } from "./temp-folder.js";

const vi = cliMessages("vi");

/** Encodes text as Windows-1258 (enough of it for these words: Đ, ă and ý differ from Latin-1). */
function windows1258(text: string): Uint8Array {
  const special: Record<string, number> = { Đ: 0xd0, ă: 0xe3 };
  return Uint8Array.from([...text].map((char) => special[char] ?? char.charCodeAt(0)));
}

describe("readSource", () => {
  test("reads a UTF-8 file", async () => {
    const folder = await tempFolder({ "a.md": "# Đăng ký khai sinh\n" });
    expect(await readSource(join(folder, "a.md"), "a.md", vi)).toEqual({
      text: "# Đăng ký khai sinh\n",
    });
  });

  test("gives a positioned encoding-invalid diagnostic for a Windows-1258 file", async () => {
    const folder = await tempFolder({ "cu.md": windows1258("# Đăng ký khai sinh\n") });
    const result = await readSource(join(folder, "cu.md"), "cu.md", vi);
    expect(result).toMatchObject({
      diagnostic: { ruleId: "encoding-invalid", place: { start: { line: 1, column: 3 } } },
    });
  });

  test("reports an empty or blank file", async () => {
    const folder = await tempFolder({ "trong.md": " \n\t\n" });
    expect(await readSource(join(folder, "trong.md"), "trong.md", vi)).toMatchObject({
      diagnostic: {
        ruleId: "file-empty",
        severity: "error",
        reason: "Tệp trống, chưa có nội dung quy trình",
      },
    });
  });

  test("reports a path that cannot be read as a file", async () => {
    const folder = await tempFolder({ "thu-muc/a.md": "# A" });
    expect(await readSource(join(folder, "thu-muc"), "thu-muc", vi)).toMatchObject({
      diagnostic: { ruleId: "file-unreadable", reason: "Không đọc được `thu-muc` (EISDIR)" },
    });
  });
});
