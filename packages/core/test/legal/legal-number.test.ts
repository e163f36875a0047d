import { describe, expect, test } from "vitest";
import { legalTypeOfAbbreviation } from "../../src/legal/legal-document-types.js";
import { legalTypeOfNumber, parseLegalNumber } from "../../src/legal/legal-number.js";

describe("parseLegalNumber", () => {
  test.each([
    ["123/2015/NĐ-CP", { seq: "123", year: 2015, symbol: "NĐ-CP" }],
    ["60/2014/QH13", { seq: "60", year: 2014, symbol: "QH13" }],
    ["04/2020/TT-BTP", { seq: "04", year: 2020, symbol: "TT-BTP" }],
    ["01/2015/TTLT-BTP-BCA", { seq: "01", year: 2015, symbol: "TTLT-BTP-BCA" }],
    ["296/QĐ-VPCP", { seq: "296", symbol: "QĐ-VPCP" }],
    ["481/BTP-HTQTCT", { seq: "481", symbol: "BTP-HTQTCT" }],
  ])("splits %s", (text, parts) => {
    expect(parseLegalNumber(text)).toEqual(parts);
  });

  test.each(["20/11/2014", "123", "NĐ-CP", "123/2015/", "123/2015/NĐ-CP ngày 15/11/2015", ""])(
    "rejects %j, which is not a document number",
    (text) => {
      expect(parseLegalNumber(text)).toBeUndefined();
    },
  );
});

describe("legalTypeOfNumber", () => {
  test.each([
    ["123/2015/NĐ-CP", "Nghị định"],
    ["04/2020/TT-BTP", "Thông tư"],
    ["01/2015/TTLT-BTP-BCA", "Thông tư liên tịch"],
    ["296/QĐ-VPCP", "Quyết định"],
    ["05/VBHN-BTP", "Văn bản hợp nhất"],
    ["01/CT-TTg", "Chỉ thị"],
  ])("reads the type of %s from its symbol", (text, type) => {
    expect(legalTypeOfNumber(text)).toBe(type);
  });

  test.each(["60/2014/QH13", "481/BTP-HTQTCT", "not a number"])(
    "gives no type for %s, whose symbol does not name one",
    (text) => {
      expect(legalTypeOfNumber(text)).toBeUndefined();
    },
  );
});

describe("legalTypeOfAbbreviation", () => {
  test("ignores case and accepts the form without Đ", () => {
    expect([
      legalTypeOfAbbreviation("nđ"),
      legalTypeOfAbbreviation("ND"),
      legalTypeOfAbbreviation("XYZ"),
    ]).toEqual(["Nghị định", "Nghị định", undefined]);
  });
});
