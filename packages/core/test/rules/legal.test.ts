import { describe, expect, test } from "vitest";
import { type LegalRegistry, starterRegistry } from "../../src/index.js";
import { line, reasons, runRule } from "./support/run-rule.js";

const nd123 = {
  text: "Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ",
  type: "Nghị định",
  number: "123/2015/NĐ-CP",
  date: "2015-11-15",
  issuer: "Chính phủ",
};

describe("legal-citation-well-formed", () => {
  test("complete entries with matching years pass, numbers without a year too", () => {
    const qd296 = {
      text: "Quyết định số 296/QĐ-VPCP",
      type: "Quyết định",
      number: "296/QĐ-VPCP",
      date: "2024-06-12",
      issuer: "Văn phòng Chính phủ",
    };
    expect(reasons("legal-citation-well-formed", { legalBasis: [nd123, qd296] })).toEqual({
      vi: [],
      en: [],
    });
  });

  test("missing parts, a malformed number, a wrong year and a wrong type are reported", () => {
    const legalBasis = [
      { text: "Luật Hộ tịch", type: "Luật" },
      { ...nd123, number: "123-2015-NĐ-CP" },
      { ...nd123, number: "123/2016/NĐ-CP" },
      { ...nd123, type: "Thông tư" },
    ];
    expect(reasons("legal-citation-well-formed", { legalBasis })).toEqual({
      vi: [
        "Văn bản `Luật Hộ tịch` thiếu số hiệu, ngày ban hành, cơ quan ban hành",
        "Số hiệu `123-2015-NĐ-CP` không đúng dạng `123/2015/NĐ-CP` hoặc `296/QĐ-VPCP`",
        "Năm trong số hiệu `123/2016/NĐ-CP` (2016) khác năm ban hành `15/11/2015`",
        "Loại văn bản `Thông tư` không khớp số hiệu `123/2015/NĐ-CP` (`Nghị định`)",
      ],
      en: [
        "Legal document `Luật Hộ tịch` lacks a number, a date, an issuer",
        "Number `123-2015-NĐ-CP` is not shaped like `123/2015/NĐ-CP` or `296/QĐ-VPCP`",
        "The year in number `123/2016/NĐ-CP` (2016) differs from its date `2015-11-15`",
        "Type `Thông tư` does not match number `123/2015/NĐ-CP` (`Nghị định`)",
      ],
    });
    expect(
      runRule("legal-citation-well-formed", { legalBasis: [{ ...nd123, type: "Thông tư" }] })[0],
    ).toMatchObject({
      expected: "Nghị định",
      actual: "Thông tư",
    });
  });

  test("points at the entry, and has no place without one", () => {
    const bad = { text: "Luật Hộ tịch" };
    expect(
      runRule("legal-citation-well-formed", { legalBasis: [{ ...bad, place: line(44) }] })[0]
        ?.place,
    ).toEqual(line(44));
    expect(runRule("legal-citation-well-formed", { legalBasis: [bad] })[0]?.place).toBeUndefined();
  });
});

describe("legal-citation-unique", () => {
  test("distinct documents pass", () => {
    expect(
      reasons("legal-citation-unique", {
        legalBasis: [nd123, { text: "Luật số 60/2014/QH13", number: "60/2014/QH13" }],
      }),
    ).toEqual({ vi: [], en: [] });
  });

  test("the same number in another spelling, or the same text, is reported at the repeat", () => {
    const legalBasis = [
      { ...nd123, place: line(3) },
      { text: "NĐ 123/2015/nd-cp", number: "123/2015/nd-cp", place: line(4) },
      { text: "Hiến pháp 2013", place: line(5) },
      { text: "Hiến  pháp 2013", place: line(6) },
    ];
    expect(reasons("legal-citation-unique", { legalBasis })).toEqual({
      vi: [
        "Văn bản `123/2015/nd-cp` được ghi nhiều lần trong cơ sở pháp lý",
        "Văn bản `Hiến  pháp 2013` được ghi nhiều lần trong cơ sở pháp lý",
      ],
      en: [
        "Legal document `123/2015/nd-cp` is listed more than once",
        "Legal document `Hiến  pháp 2013` is listed more than once",
      ],
    });
    expect(runRule("legal-citation-unique", { legalBasis })[0]).toMatchObject({
      place: line(4),
      note: "Đã ghi ở dòng 3",
    });
  });

  test("without positions there is no place and no note", () => {
    const [diagnostic] = runRule("legal-citation-unique", { legalBasis: [nd123, nd123] });
    expect(diagnostic?.place).toBeUndefined();
    expect(diagnostic?.note).toBeUndefined();
  });
});

describe("legal-document-current", () => {
  const config = { registry: starterRegistry, today: "2026-11-23" };
  const law2014 = { text: "Luật số 60/2014/QH13", number: "60/2014/QH13", place: line(61) };

  test("documents in force pass; without a registry nothing is checked", () => {
    expect(reasons("legal-document-current", { legalBasis: [law2014, nd123] }, config)).toEqual({
      vi: [],
      en: [],
    });
    expect(
      runRule("legal-document-current", {
        legalBasis: [{ text: "TT 01/2018", number: "01/2018/TT-VPCP" }],
      }),
    ).toEqual([]);
  });

  test("a replacement counts from its effective date: Luật 60/2014 is replaced on 01/3/2027", () => {
    const after = { registry: starterRegistry, today: "2027-03-01" };
    expect(reasons("legal-document-current", { legalBasis: [law2014] }, after)).toEqual({
      vi: ["Văn bản `60/2014/QH13` đã được thay thế bởi `03/2026/QH16` từ ngày 01/03/2027"],
      en: ["Legal document `60/2014/QH13` was replaced by `03/2026/QH16` on 2027-03-01"],
    });
    expect(runRule("legal-document-current", { legalBasis: [law2014] }, after)[0]).toMatchObject({
      place: line(61),
      expected: "Luật Hộ tịch số 03/2026/QH16 của Quốc hội",
      note: "Theo sổ văn bản pháp lý kiểm tra lần cuối ngày 23/11/2026",
    });
  });

  test("expired, not yet in force, and replaced by a document the registry does not list", () => {
    const registry: LegalRegistry = {
      checked: "2026-01-01",
      documents: [
        {
          number: "1/2020/NĐ-CP",
          type: "Nghị định",
          title: "a",
          issuer: "Chính phủ",
          effectiveDate: "2020-01-01",
          status: "expired",
        },
        {
          number: "2/2026/NĐ-CP",
          type: "Nghị định",
          title: "b",
          issuer: "Chính phủ",
          effectiveDate: "2026-12-01",
          status: "in-force",
        },
        {
          number: "3/2020/NĐ-CP",
          type: "Nghị định",
          title: "c",
          issuer: "Chính phủ",
          effectiveDate: "2020-01-01",
          status: "replaced",
          replacedBy: "9/2025/NĐ-CP",
        },
      ],
    };
    const legalBasis = ["1/2020/NĐ-CP", "2/2026/NĐ-CP", "3/2020/NĐ-CP"].map((number) => ({
      text: number,
      number,
    }));
    expect(
      reasons("legal-document-current", { legalBasis }, { registry, today: "2026-11-23" }),
    ).toEqual({
      vi: [
        "Văn bản `1/2020/NĐ-CP` đã hết hiệu lực",
        "Văn bản `2/2026/NĐ-CP` chưa có hiệu lực (có hiệu lực từ ngày 01/12/2026)",
        "Văn bản `3/2020/NĐ-CP` đã được thay thế bởi `9/2025/NĐ-CP`",
      ],
      en: [
        "Legal document `1/2020/NĐ-CP` is no longer in force",
        "Legal document `2/2026/NĐ-CP` is not in force yet (it takes effect on 2026-12-01)",
        "Legal document `3/2020/NĐ-CP` has been replaced by `9/2025/NĐ-CP`",
      ],
    });
    expect(
      runRule("legal-document-current", { legalBasis }, { registry, today: "2026-11-23" }).map(
        (d) => d.place,
      ),
    ).toEqual([undefined, undefined, undefined]);
  });
});

describe("legal-amendment-cited", () => {
  const config = { registry: starterRegistry, today: "2026-11-23" };

  test("citing the amendments passes", () => {
    const legalBasis = ["04/2020/TT-BTP", "09/2022/TT-BTP", "04/2024/TT-BTP"].map((number) => ({
      text: number,
      number,
    }));
    expect(reasons("legal-amendment-cited", { legalBasis }, config)).toEqual({ vi: [], en: [] });
  });

  test("each uncited amendment in force is reported with its citation as the fix", () => {
    const legalBasis = [
      { text: "Thông tư số 04/2020/TT-BTP", number: "04/2020/TT-BTP", place: line(62) },
    ];
    expect(reasons("legal-amendment-cited", { legalBasis }, config)).toEqual({
      vi: [
        "Văn bản `04/2020/TT-BTP` đã được sửa đổi bởi `09/2022/TT-BTP`, chưa có trong cơ sở pháp lý",
        "Văn bản `04/2020/TT-BTP` đã được sửa đổi bởi `04/2024/TT-BTP`, chưa có trong cơ sở pháp lý",
      ],
      en: [
        "Legal document `04/2020/TT-BTP` is amended by `09/2022/TT-BTP`, which the legal basis does not cite",
        "Legal document `04/2020/TT-BTP` is amended by `04/2024/TT-BTP`, which the legal basis does not cite",
      ],
    });
    expect(runRule("legal-amendment-cited", { legalBasis }, config)[1]).toMatchObject({
      place: line(62),
      expected:
        "Thông tư số 04/2024/TT-BTP ngày 06/06/2024 của Bộ Tư pháp sửa đổi, bổ sung một số điều của Thông tư số 02/2020/TT-BTP và Thông tư số 04/2020/TT-BTP",
    });
  });

  test("an amendment not yet in force is not asked for, nor amendments of a replaced document", () => {
    expect(
      runRule(
        "legal-amendment-cited",
        { legalBasis: [{ text: "x", number: "123/2015/NĐ-CP" }] },
        { ...config, today: "2025-01-08" },
      ).map((d) => d.actual ?? d.reason),
    ).toEqual([
      "Văn bản `123/2015/NĐ-CP` đã được sửa đổi bởi `104/2022/NĐ-CP`, chưa có trong cơ sở pháp lý",
    ]);
    expect(
      runRule(
        "legal-amendment-cited",
        { legalBasis: [{ text: "x", number: "61/2018/NĐ-CP" }] },
        config,
      ),
    ).toEqual([]);
  });
});

describe("legal-update-overdue", () => {
  const config = { registry: starterRegistry, today: "2026-11-23" };
  const control = (effectiveDate: string) => ({ code: "QT-01", title: "T", effectiveDate });

  test("a procedure updated after the documents it relies on passes", () => {
    const legalBasis = [{ text: "x", number: "123/2015/NĐ-CP" }];
    expect(
      reasons("legal-update-overdue", { control: control("2026-03-02"), legalBasis }, config),
    ).toEqual({ vi: [], en: [] });
  });

  test("an amendment of a cited document that took effect after the last update is overdue after 3 months", () => {
    const legalBasis = [{ text: "x", number: "123/2015/NĐ-CP", place: line(70) }];
    expect(
      reasons("legal-update-overdue", { control: control("2025-12-01"), legalBasis }, config),
    ).toEqual({
      vi: [
        "Quy trình chưa được cập nhật theo `18/2026/NĐ-CP` (có hiệu lực ngày 15/01/2026); hạn cập nhật là 15/04/2026",
      ],
      en: [
        "The procedure was not updated for `18/2026/NĐ-CP` (in force since 2026-01-15); the update was due by 2026-04-15",
      ],
    });
    expect(
      runRule("legal-update-overdue", { control: control("2025-12-01"), legalBasis }, config)[0],
    ).toMatchObject({
      place: line(70),
      note: "Lần cập nhật gần nhất của quy trình: 01/12/2025. Theo sổ văn bản pháp lý kiểm tra lần cuối ngày 23/11/2026",
    });
  });

  test("the deadline is an option, and a replacement counts once it takes effect", () => {
    const legalBasis = [{ text: "x", number: "60/2014/QH13" }];
    const model = { control: control("2026-03-02"), legalBasis };
    expect(runRule("legal-update-overdue", model, { ...config, today: "2027-05-01" })).toEqual([]);
    expect(
      runRule("legal-update-overdue", model, {
        ...config,
        today: "2027-05-01",
        options: { months: 1 },
      }).map((d) => d.reason),
    ).toEqual([
      "Quy trình chưa được cập nhật theo `03/2026/QH16` (có hiệu lực ngày 01/03/2027); hạn cập nhật là 01/04/2027",
    ]);
  });

  test("without positions it points at the effective date or nowhere", () => {
    const legalBasis = [{ text: "x", number: "123/2015/NĐ-CP" }];
    const bare = runRule(
      "legal-update-overdue",
      { control: control("2025-12-01"), legalBasis },
      config,
    );
    expect(bare[0]?.place).toBeUndefined();
    const fielded = runRule(
      "legal-update-overdue",
      {
        control: { ...control("2025-12-01"), fieldPlaces: { effectiveDate: line(6) } },
        legalBasis,
      },
      config,
    );
    expect(fielded[0]?.place).toEqual(line(6));
  });
});

describe("legal-change-upcoming", () => {
  const config = { registry: starterRegistry, today: "2026-11-23" };
  const legalBasis = [
    { text: "Luật số 60/2014/QH13", number: "60/2014/QH13", place: line(57) },
    { text: "Nghị định số 120/2025/NĐ-CP", number: "120/2025/NĐ-CP", place: line(64) },
  ];

  test("nothing is announced beyond the horizon, once the change happened, or without a registry", () => {
    expect(
      reasons("legal-change-upcoming", { legalBasis }, { ...config, options: { months: 3 } }),
    ).toEqual({ vi: [], en: [] });
    expect(
      runRule("legal-change-upcoming", { legalBasis }, { ...config, today: "2027-03-01" }),
    ).toEqual([]);
    expect(runRule("legal-change-upcoming", { legalBasis })).toEqual([]);
  });

  test("a known replacement and an expiry within 12 months are announced", () => {
    expect(reasons("legal-change-upcoming", { legalBasis }, config)).toEqual({
      vi: [
        "Văn bản `60/2014/QH13` sẽ được thay thế bởi `03/2026/QH16` từ ngày 01/03/2027",
        "Văn bản `120/2025/NĐ-CP` sẽ hết hiệu lực từ ngày 01/03/2027",
      ],
      en: [
        "Legal document `60/2014/QH13` will be replaced by `03/2026/QH16` on 2027-03-01",
        "Legal document `120/2025/NĐ-CP` stops applying on 2027-03-01",
      ],
    });
    expect(runRule("legal-change-upcoming", { legalBasis }, config)[0]).toMatchObject({
      place: line(57),
      expected: "Chuẩn bị sửa đổi cơ sở pháp lý của quy trình trước ngày này",
    });
  });

  test("without positions the diagnostics have no place", () => {
    const bare = legalBasis.map(({ place, ...rest }) => rest);
    expect(
      runRule("legal-change-upcoming", { legalBasis: bare }, config).map((d) => d.place),
    ).toEqual([undefined, undefined]);
  });
});
