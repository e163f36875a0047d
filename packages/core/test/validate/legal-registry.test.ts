import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import { starterRegistryModule } from "../../scripts/starter-registry-module.js";
import {
  citationOf,
  findRegistryDocument,
  type LegalRegistry,
  LegalRegistrySchema,
  legalStanding,
  starterRegistry,
} from "../../src/index.js";

const yamlUrl = new URL("../../registry/legal-registry.yaml", import.meta.url);
const moduleUrl = new URL("../../src/registry/starter-registry.ts", import.meta.url);

describe("the starter registry", () => {
  test("the shipped YAML is a valid registry and the generated module holds the same data", () => {
    const parsed = LegalRegistrySchema.parse(parse(readFileSync(yamlUrl, "utf8")));
    expect(starterRegistry).toEqual(parsed);
  });

  test("the generated module is what the script writes (up to formatting)", () => {
    const squash = (text: string) => text.replace(/[\s,]+/gu, "").replace(/"(\w+)":/gu, "$1:");
    expect(squash(readFileSync(moduleUrl, "utf8"))).toBe(
      squash(starterRegistryModule(starterRegistry)),
    );
  });

  test("it was checked on 23/11/2026, says it must be re-checked, and its links resolve", () => {
    expect(starterRegistry.checked).toBe("2026-11-23");
    expect(starterRegistry.notes).toMatch(/kiểm tra lại/u);
    const links = starterRegistry.documents.flatMap((document) => [
      ...(document.amendedBy ?? []),
      ...(document.replacedBy ? [document.replacedBy] : []),
    ]);
    expect(links.filter((number) => !findRegistryDocument(starterRegistry, number))).toEqual([]);
  });

  test("covers the civil-status and one-stop documents of the reference", () => {
    const numbers = starterRegistry.documents.map((document) => document.number);
    for (const number of [
      "60/2014/QH13",
      "03/2026/QH16",
      "123/2015/NĐ-CP",
      "04/2020/TT-BTP",
      "87/2020/NĐ-CP",
      "120/2025/NĐ-CP",
      "118/2025/NĐ-CP",
      "03/2025/TT-VPCP",
      "296/QĐ-VPCP",
      "23/2015/NĐ-CP",
    ]) {
      expect(numbers).toContain(number);
    }
  });
});

describe("legalStanding", () => {
  const find = (number: string) => {
    const document = findRegistryDocument(starterRegistry, number);
    if (!document) throw new Error(`not in registry: ${number}`);
    return document;
  };

  test("Luật 60/2014 is in force until its replacement takes effect on 01/3/2027", () => {
    expect(legalStanding(starterRegistry, find("60/2014/QH13"), "2027-02-28")).toMatchObject({
      status: "in-force",
      upcomingReplacement: { number: "03/2026/QH16" },
    });
    expect(legalStanding(starterRegistry, find("60/2014/QH13"), "2027-03-01")).toMatchObject({
      status: "replaced",
      replacedBy: { number: "03/2026/QH16" },
    });
    expect(legalStanding(starterRegistry, find("03/2026/QH16"), "2026-11-23").status).toBe(
      "not-yet-in-force",
    );
  });

  test("amendments count from their effective date, and an expiry date ends a document", () => {
    const before = legalStanding(starterRegistry, find("123/2015/NĐ-CP"), "2025-01-08");
    expect(before.amendments.map((amendment) => amendment.number)).toEqual(["104/2022/NĐ-CP"]);
    const after = legalStanding(starterRegistry, find("123/2015/NĐ-CP"), "2026-11-23");
    expect(after.amendments.map((amendment) => amendment.number)).toEqual([
      "104/2022/NĐ-CP",
      "07/2025/NĐ-CP",
      "18/2026/NĐ-CP",
    ]);
    expect(legalStanding(starterRegistry, find("120/2025/NĐ-CP"), "2027-03-01").status).toBe(
      "expired",
    );
    expect(legalStanding(starterRegistry, find("120/2025/NĐ-CP"), "2027-02-28").status).toBe(
      "in-force",
    );
  });

  test("a replacement the registry does not list follows the recorded status", () => {
    const registry: LegalRegistry = {
      checked: "2026-01-01",
      documents: [
        {
          number: "1/2020/NĐ-CP",
          type: "Nghị định",
          title: "a",
          issuer: "Chính phủ",
          effectiveDate: "2020-01-01",
          status: "replaced",
          replacedBy: "2/2025/NĐ-CP",
        },
        {
          number: "3/2020/NĐ-CP",
          type: "Nghị định",
          title: "b",
          issuer: "Chính phủ",
          effectiveDate: "2020-01-01",
          status: "in-force",
          replacedBy: "4/2027/NĐ-CP",
        },
      ],
    };
    const [replaced, pending] = registry.documents;
    if (!replaced || !pending) throw new Error("fixture");
    expect(legalStanding(registry, replaced, "2026-01-01")).toEqual({
      status: "replaced",
      replacedBy: { number: "2/2025/NĐ-CP" },
      amendments: [],
    });
    expect(legalStanding(registry, pending, "2026-01-01")).toEqual({
      status: "in-force",
      upcomingReplacement: { number: "4/2027/NĐ-CP" },
      amendments: [],
    });
  });
});

describe("registry schema and lookup", () => {
  test("finds a number whatever its spacing, case or Đ/D spelling", () => {
    expect(findRegistryDocument(starterRegistry, " 123 / 2015 / nd-cp ")?.number).toBe(
      "123/2015/NĐ-CP",
    );
    expect(findRegistryDocument(starterRegistry, "999/2015/NĐ-CP")).toBeUndefined();
  });

  test("accepts dates a YAML 1.1 reader turned into Date objects, and rejects a bad status", () => {
    const raw = {
      checked: new Date("2026-11-23T00:00:00Z"),
      documents: [
        {
          number: "1/2020/NĐ-CP",
          type: "Nghị định",
          title: "a",
          issuer: "Chính phủ",
          effectiveDate: new Date("2020-01-01T00:00:00Z"),
          status: "in-force",
        },
      ],
    };
    expect(LegalRegistrySchema.parse(raw)).toMatchObject({
      checked: "2026-11-23",
      documents: [{ effectiveDate: "2020-01-01" }],
    });
    expect(
      LegalRegistrySchema.safeParse({
        ...raw,
        documents: [{ ...raw.documents[0], status: "repealed" }],
      }).success,
    ).toBe(false);
  });

  test("citationOf writes a registry entry the NĐ 30 way, laws by name first", () => {
    expect(citationOf(starterRegistry.documents[0] as LegalRegistry["documents"][number])).toBe(
      "Luật Hộ tịch số 60/2014/QH13 ngày 20/11/2014 của Quốc hội",
    );
    const decree = findRegistryDocument(starterRegistry, "07/2025/NĐ-CP");
    expect(decree && citationOf(decree)).toBe(
      "Nghị định số 07/2025/NĐ-CP ngày 09/01/2025 của Chính phủ sửa đổi, bổ sung một số điều của các nghị định trong lĩnh vực hộ tịch, quốc tịch, chứng thực",
    );
  });
});
