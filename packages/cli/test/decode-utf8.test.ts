import { describe, expect, test } from "vitest";
import { decodeUtf8 } from "../src/files/decode-utf8.js";
import { cliMessages } from "../src/messages.js";

const vi = cliMessages("vi");
const utf8 = (text: string) => new TextEncoder().encode(text);
/** "Đăng ký" as Windows-1258 bytes: Đ = 0xD0, ă = 0xE3, ý = 0xFD. */
const windows1258 = Uint8Array.from([0xd0, 0xe3, 0x6e, 0x67, 0x20, 0x6b, 0xfd]);

describe("decodeUtf8", () => {
  test("decodes UTF-8 and drops a leading BOM", () => {
    expect(decodeUtf8(utf8("\uFEFF# Đăng ký khai sinh"), vi)).toEqual({
      text: "# Đăng ký khai sinh",
    });
  });

  test("points at the first byte that is not UTF-8 in a Windows-1258 file", () => {
    const bytes = Uint8Array.from([...utf8("---\ntitle: "), ...windows1258]);
    const result = decodeUtf8(bytes, vi);
    expect(result).toMatchObject({
      diagnostic: {
        ruleId: "encoding-invalid",
        source: "quytrinh-cli",
        severity: "error",
        place: { start: { line: 2, column: 8 }, end: { line: 2, column: 9 } },
        actual: "0xD0",
      },
    });
    expect("diagnostic" in result && result.diagnostic.reason).toBe(
      "Tệp không được lưu bằng mã UTF-8 (có thể là Windows-1258 hoặc TCVN3); hãy mở tệp và lưu lại với mã hóa UTF-8",
    );
  });

  test("skips a real U+FFFD written in the file before the bad byte", () => {
    const bytes = Uint8Array.from([...utf8("a\uFFFDb\n"), 0x41, 0xfd]);
    expect(decodeUtf8(bytes, vi)).toMatchObject({
      diagnostic: { place: { start: { line: 2, column: 2 } }, actual: "0xFD" },
    });
  });

  test("does not count a BOM as a column on the first line", () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, 0x41, 0xd0, 0x41]);
    expect(decodeUtf8(bytes, vi)).toMatchObject({
      diagnostic: { place: { start: { line: 1, column: 2 } } },
    });
  });

  test("says so when the file is UTF-16 (Notepad's 'Unicode'), in English on request", () => {
    const bytes = Uint8Array.from([0xff, 0xfe, 0x23, 0x00]);
    const result = decodeUtf8(bytes, cliMessages("en"));
    expect(result).toMatchObject({ diagnostic: { ruleId: "encoding-invalid", actual: "UTF-16" } });
    expect("diagnostic" in result && result.diagnostic.reason).toBe(
      "The file is saved as UTF-16; open it and save it again with UTF-8 encoding",
    );
  });
});
