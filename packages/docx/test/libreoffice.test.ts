import type { Procedure } from "@quytrinh/core";
import { beforeAll, describe, expect, test } from "vitest";
import { legalCitation } from "../src/body/handlers/legal-basis.js";
import { packDocx, toDocx } from "../src/index.js";
import { hostileProcedure } from "./models/hostile.js";
import { largeProcedure } from "./models/large-procedure.js";
import { fixtureModel } from "./support/fixtures.js";
import {
  flat,
  type OfficePdf,
  type OfficeTools,
  officePdf,
  officeTools,
} from "./support/office.js";

const tools = officeTools();
const skip = "skip" in tools ? tools.skip : undefined;
const SLOW = { timeout: 300_000 };

async function open(procedure: Procedure): Promise<OfficePdf> {
  return officePdf(tools as OfficeTools, await packDocx(toDocx(procedure)));
}

describe.skipIf(skip !== undefined)(
  `LibreOffice reads the document back${skip ? ` (skipped: ${skip})` : ""}`,
  () => {
    const procedure = fixtureModel("canonical");
    let pdf: OfficePdf;
    beforeAll(async () => {
      pdf = await open(procedure);
    }, SLOW.timeout);

    test("every step's task is there with its diacritics", () => {
      const text = flat(pdf.text());
      for (const step of procedure.steps) expect(text).toContain(flat(step.action));
    });

    test("the code, the approvers' names and the legal-basis numbers are there", () => {
      const text = flat(pdf.text());
      const { control } = procedure;
      expect(text).toContain(control.code);
      for (const person of [control.preparedBy, control.reviewedBy, control.approvedBy]) {
        expect(text).toContain(person?.name ?? "missing name");
      }
      const numbers = procedure.legalBasis.map(
        (document) => document.number ?? legalCitation(document),
      );
      expect(numbers.length).toBeGreaterThan(0);
      for (const number of numbers) expect(text).toContain(number);
    });

    test("the header table, with Trang x/y, is on every page", () => {
      for (let page = 1; page <= pdf.pages; page++) {
        const text = flat(pdf.text(page));
        expect(text).toContain(`Mã số: ${procedure.control.code}`);
        expect(text).toContain(`Trang: ${page}/${pdf.pages}`);
      }
    });

    test("the page count is sane: a cover page, the body and the flowchart", () => {
      expect(pdf.pages).toBeGreaterThanOrEqual(4);
      expect(pdf.pages).toBeLessThanOrEqual(8);
    });

    test("only Liberation Serif (metric twin of Times New Roman) is used, never a fallback font", () => {
      expect(pdf.fonts.length).toBeGreaterThan(0);
      for (const font of pdf.fonts) expect(font).toMatch(/^[A-Z]{6}\+LiberationSerif/);
    });
  },
);

describe.skipIf(skip !== undefined)(
  `a 60-step procedure in LibreOffice${skip ? ` (skipped: ${skip})` : ""}`,
  () => {
    let pdf: OfficePdf;
    beforeAll(async () => {
      pdf = await open(largeProcedure(60));
    }, SLOW.timeout);

    test("each part of the flowchart is on a page of its own, in order", () => {
      const parts = Array.from({ length: pdf.pages }, (_, index) => pdf.text(index + 1)).flatMap(
        (text) =>
          [...(/Lưu đồ \(phần (\d+)\/(\d+)\)/.exec(text) ?? [])].slice(1, 3).join("/") || [],
      );
      const total = Number(parts[0]?.split("/")[1] ?? 0);
      expect(total).toBeGreaterThan(1);
      expect(parts).toEqual(Array.from({ length: total }, (_, index) => `${index + 1}/${total}`));
    });

    test("every step is drawn in the flowchart pages", () => {
      const drawn = Array.from({ length: pdf.pages }, (_, index) => pdf.text(index + 1))
        .filter((text) => text.includes("Lưu đồ (phần"))
        .join("\n");
      for (let step = 1; step <= 60; step++) expect(drawn).toMatch(new RegExp(`B${step}\\. `));
    });

    test("the page count stays proportionate", () => {
      expect(pdf.pages).toBeLessThan(45);
    });
  },
);

describe.skipIf(skip !== undefined)(
  `hostile text in LibreOffice${skip ? ` (skipped: ${skip})` : ""}`,
  () => {
    let pdf: OfficePdf;
    beforeAll(async () => {
      pdf = await open(hostileProcedure());
    }, SLOW.timeout);

    test("LibreOffice opens the document", () => {
      expect(pdf.pages).toBeGreaterThan(1);
    });

    test("markup characters and a CDATA end come through as text", () => {
      expect(flat(pdf.text())).toContain(`<w:t>Hồ sơ & "giấy" tờ</w:t> ]]> <![CDATA[x]]>`);
    });

    test("controls are dropped and the text around them kept", () => {
      expect(flat(pdf.text())).toContain("Điều\tkiện".replace("\t", " "));
    });

    test("the text around lone surrogates is kept, one replacement character in place of each", () => {
      expect(pdf.text()).toMatch(/Lỗi.mã.hóa/u);
    });

    test("right-to-left text is kept", () => {
      expect(pdf.text()).toContain("تسجيل");
    });

    test("a 5,000-character word is kept whole, wrapped inside its cell", () => {
      const letters = pdf.text().replace(/[^Đ]/g, "").length;
      expect(letters).toBeGreaterThanOrEqual(5000);
    });
  },
);
