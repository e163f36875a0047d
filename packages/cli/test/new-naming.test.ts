import { expect, test } from "vitest";
import { fileSlug } from "../src/new/file-slug.js";
import { nextCode } from "../src/new/next-code.js";

test("a Vietnamese title becomes an ASCII file name", () => {
  expect(fileSlug("Đăng ký khai sinh")).toBe("dang-ky-khai-sinh");
  expect(fileSlug("Cấp bản sao trích lục hộ tịch (trực tuyến)")).toBe(
    "cap-ban-sao-trich-luc-ho-tich-truc-tuyen",
  );
  expect(fileSlug("Đăng ký khai sinh".normalize("NFD"))).toBe("dang-ky-khai-sinh");
});

test("a title cannot lead the file out of its folder", () => {
  expect(fileSlug("../../etc/passwd")).toBe("etc-passwd");
  expect(fileSlug("..")).toBe("quy-trinh");
  expect(fileSlug("a\\b/c")).toBe("a-b-c");
});

test("very long titles are cut to a usable file name", () => {
  expect(fileSlug("Thủ tục ".repeat(40)).length).toBeLessThanOrEqual(80);
});

test("the next code follows the highest existing one, zero-padded to the slot", () => {
  expect(nextCode("QT-HT-{nn}", ["QT-HT-01", "QT-HT-04", "QT-CT-09", "x"])).toBe("QT-HT-05");
  expect(nextCode("QT-HT-{nn}", [])).toBe("QT-HT-01");
  expect(nextCode("QT.{nnn}/UBND", ["QT.012/UBND", "qt.003/ubnd"])).toBe("QT.013/UBND");
  expect(nextCode("QT-HT-{nn}", ["QT-HT-99"])).toBe("QT-HT-100");
});

test("a pattern without a number slot gives no code", () => {
  expect(nextCode("QT-HT", ["QT-HT"])).toBeUndefined();
});
