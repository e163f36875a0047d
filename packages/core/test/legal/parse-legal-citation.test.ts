import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { parseLegalCitation } from "../../src/legal/parse-legal-citation.js";
import { LegalDocumentSchema } from "../../src/model/legal-document.js";

describe("parseLegalCitation", () => {
  test.each([
    [
      "Luật số 60/2014/QH13 ngày 20/11/2014 của Quốc hội về Hộ tịch.",
      {
        type: "Luật",
        number: "60/2014/QH13",
        date: "2014-11-20",
        issuer: "Quốc hội",
        title: "về Hộ tịch",
      },
    ],
    [
      "Luật Hộ tịch số 60/2014/QH13 ngày 20 tháng 11 năm 2014",
      { type: "Luật", number: "60/2014/QH13", date: "2014-11-20", title: "Hộ tịch" },
    ],
    [
      "Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch.",
      {
        type: "Nghị định",
        number: "123/2015/NĐ-CP",
        date: "2015-11-15",
        issuer: "Chính phủ",
        title: "quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch",
      },
    ],
    [
      "Thông tư 04/2020/TT-BTP ngày 28/5/2020 của Bộ Tư pháp quy định chi tiết thi hành một số điều của Luật Hộ tịch và Nghị định số 123/2015/NĐ-CP;",
      {
        type: "Thông tư",
        number: "04/2020/TT-BTP",
        date: "2020-05-28",
        issuer: "Bộ Tư pháp",
        title:
          "quy định chi tiết thi hành một số điều của Luật Hộ tịch và Nghị định số 123/2015/NĐ-CP",
      },
    ],
    [
      "Quyết định số 296/QĐ-VPCP ngày 12/6/2024 của Văn phòng Chính phủ công bố thủ tục hành chính",
      {
        type: "Quyết định",
        number: "296/QĐ-VPCP",
        date: "2024-06-12",
        issuer: "Văn phòng Chính phủ",
        title: "công bố thủ tục hành chính",
      },
    ],
    [
      "Công văn số 481/BTP-HTQTCT ngày 04/02/2025 của Bộ Tư pháp về việc triển khai Nghị định số 07/2025/NĐ-CP",
      {
        type: "Công văn",
        number: "481/BTP-HTQTCT",
        date: "2025-02-04",
        issuer: "Bộ Tư pháp",
        title: "về việc triển khai Nghị định số 07/2025/NĐ-CP",
      },
    ],
    [
      "Nghị quyết số 55/2017/QH14 ngày 24/11/2017 của Quốc hội",
      { type: "Nghị quyết", number: "55/2017/QH14", date: "2017-11-24", issuer: "Quốc hội" },
    ],
    [
      "Thông tư liên tịch số 01/2015/TTLT-BTP-BCA ngày 01/02/2015 của Bộ Tư pháp, Bộ Công an hướng dẫn thi hành",
      {
        type: "Thông tư liên tịch",
        number: "01/2015/TTLT-BTP-BCA",
        date: "2015-02-01",
        issuer: "Bộ Tư pháp, Bộ Công an",
        title: "hướng dẫn thi hành",
      },
    ],
    [
      "Bộ luật Dân sự số 91/2015/QH13 ngày 24/11/2015",
      { type: "Bộ luật", number: "91/2015/QH13", date: "2015-11-24", title: "Dân sự" },
    ],
    [
      "Nghị quyết của HĐND tỉnh về mức thu lệ phí",
      { type: "Nghị quyết", issuer: "HĐND tỉnh", title: "về mức thu lệ phí" },
    ],
  ])("splits %j", (text, fields) => {
    expect(parseLegalCitation(text)).toEqual({ text, ...fields });
  });

  test.each([
    ["NĐ 07/2025/NĐ-CP", "Nghị định", "07/2025/NĐ-CP"],
    ["TT 03/2025/TT-VPCP", "Thông tư", "03/2025/TT-VPCP"],
    ["QĐ 1079/QĐ-BTP", "Quyết định", "1079/QĐ-BTP"],
    ["CV 481/BTP-HTQTCT", "Công văn", "481/BTP-HTQTCT"],
    ["NQ số 01/NQ-CP", "Nghị quyết", "01/NQ-CP"],
  ])("expands the abbreviation in %j", (text, type, number) => {
    expect(parseLegalCitation(text)).toEqual({ text, type, number });
  });

  test("takes the type from the symbol when the entry starts with the number", () => {
    expect(parseLegalCitation("123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ")).toEqual({
      text: "123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ",
      type: "Nghị định",
      number: "123/2015/NĐ-CP",
      date: "2015-11-15",
      issuer: "Chính phủ",
    });
  });

  test.each([
    [
      "Luật số 60/2014/QH13 ngày 20/11/2014 của Quốc hội về Hộ tịch (có hiệu lực từ 01/01/2016)",
      "2016-01-01",
    ],
    ["Luật số 60/2014/QH13 (hiệu lực thi hành kể từ ngày 01/01/2016).", "2016-01-01"],
    [
      "Nghị định số 120/2025/NĐ-CP ngày 11/6/2025 của Chính phủ, có hiệu lực từ ngày 01/7/2025",
      "2025-07-01",
    ],
  ])("reads the effective date in %j", (text, effectiveDate) => {
    expect(parseLegalCitation(text)).toMatchObject({ effectiveDate });
  });

  test("keeps other trailing remarks as notes, in order", () => {
    expect(
      parseLegalCitation(
        "Luật Hộ tịch năm 2014 (có hiệu lực từ ngày 01/01/2016) (đã được sửa đổi) (còn hiệu lực)",
      ),
    ).toEqual({
      text: "Luật Hộ tịch năm 2014 (có hiệu lực từ ngày 01/01/2016) (đã được sửa đổi) (còn hiệu lực)",
      type: "Luật",
      title: "Hộ tịch năm 2014",
      effectiveDate: "2016-01-01",
      notes: "đã được sửa đổi; còn hiệu lực",
    });
  });

  test("keeps the whole summary when a number appears only inside it", () => {
    expect(parseLegalCitation("Thông tư quy định chi tiết Nghị định số 123/2015/NĐ-CP")).toEqual({
      text: "Thông tư quy định chi tiết Nghị định số 123/2015/NĐ-CP",
      type: "Thông tư",
      title: "quy định chi tiết Nghị định số 123/2015/NĐ-CP",
    });
  });

  test.each([
    [
      "Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 ngày 19/02/2025",
      {
        type: "Luật",
        number: "64/2025/QH15",
        date: "2025-02-19",
        title: "Ban hành văn bản quy phạm pháp luật",
      },
    ],
    [
      "Nghị quyết quy định mức thu lệ phí số 12/2020/NQ-HĐND ngày 10/12/2020 của HĐND tỉnh Lạng Sơn",
      {
        type: "Nghị quyết",
        number: "12/2020/NQ-HĐND",
        date: "2020-12-10",
        issuer: "HĐND tỉnh Lạng Sơn",
        title: "quy định mức thu lệ phí",
      },
    ],
  ])("keeps the number of a document whose name comes first: %j", (text, fields) => {
    expect(parseLegalCitation(text)).toEqual({ text, ...fields });
  });

  test.each([
    "Thông tư hướng dẫn Luật Hộ tịch số 60/2014/QH13",
    "Thông tư quy định chi tiết một số điều của Luật Hộ tịch",
  ])("does not take the number or issuer of a document named in the summary: %j", (text) => {
    expect(parseLegalCitation(text)).toEqual({
      text,
      type: "Thông tư",
      title: text.slice("Thông tư ".length),
    });
  });

  test("drops a leading “Căn cứ”, as in the legal grounds of a decision", () => {
    expect(
      parseLegalCitation("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;"),
    ).toEqual({
      text: "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;",
      type: "Luật",
      date: "2025-02-19",
      title: "Tổ chức chính quyền địa phương",
    });
  });

  test("leaves out a date that does not exist", () => {
    expect(parseLegalCitation("Quyết định số 15/QĐ-UBND ngày 30/02/2026 của UBND xã")).toEqual({
      text: "Quyết định số 15/QĐ-UBND ngày 30/02/2026 của UBND xã",
      type: "Quyết định",
      number: "15/QĐ-UBND",
      issuer: "UBND xã",
    });
  });

  test.each(["Các văn bản pháp luật nêu tại mục 5.1", "của Chính phủ", "", "Bộ Tư pháp"])(
    "returns only the text for %j, which has neither type nor number",
    (text) => {
      expect(parseLegalCitation(text)).toEqual({ text });
    },
  );

  test("normalises decomposed (NFD) input to NFC", () => {
    const text = "Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ";
    expect(parseLegalCitation(text.normalize("NFD"))).toEqual(parseLegalCitation(text));
  });

  test("never throws and always returns a valid LegalDocument that keeps the text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        const result = parseLegalCitation(text);
        expect(LegalDocumentSchema.safeParse(result).success).toBe(true);
        expect(result.text).toBe(text.normalize("NFC").trim());
      }),
    );
  });

  test("reads back any type, number and date it is given", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("Nghị định", "Thông tư", "Quyết định", "Luật"),
        fc.integer({ min: 1, max: 999 }),
        fc.date({ min: new Date("1990-01-01"), max: new Date("2040-12-31"), noInvalidDate: true }),
        (type, seq, date) => {
          const iso = date.toISOString().slice(0, 10);
          const [year, month, day] = iso.split("-");
          const number = `${seq}/${year}/XX-YY`;
          const result = parseLegalCitation(
            `${type} số ${number} ngày ${day}/${month}/${year} của Bộ Tư pháp`,
          );
          expect(result).toMatchObject({ type, number, date: iso, issuer: "Bộ Tư pháp" });
        },
      ),
    );
  });
});
