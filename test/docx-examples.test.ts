import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { packDocx, toDocx } from "@quytrinh/docx";
import { fromMarkdown } from "@quytrinh/markdown";
import mammoth from "mammoth";
import { beforeAll, describe, expect, test } from "vitest";
import {
  flat,
  type OfficePdf,
  type OfficeTools,
  officePdf,
  officeTools,
} from "../packages/docx/test/support/office.js";

const folder = fileURLToPath(new URL("../examples/", import.meta.url));
const examples = readdirSync(folder)
  .filter((file) => file.endsWith(".md"))
  .sort()
  .map((file) => ({
    name: file.replace(/\.md$/, ""),
    procedure: fromMarkdown(readFileSync(join(folder, file), "utf8"), { file }).procedure,
  }));
const tools = officeTools();
const skip = "skip" in tools ? tools.skip : undefined;

describe("examples as Word documents, read by mammoth", { timeout: 60_000 }, () => {
  test.each(examples)("$name reads without errors or warnings", async ({ procedure }) => {
    const buffer = Buffer.from(await packDocx(toDocx(procedure)));
    const { messages } = await mammoth.convertToHtml({ buffer });
    expect(
      messages.filter((message) => !/^Unrecognised (paragraph|run) style/.test(message.message)),
    ).toEqual([]);
  });
});

describe.skipIf(skip !== undefined)(
  `examples in LibreOffice${skip ? ` (skipped: ${skip})` : ""}`,
  () => {
    const pdfs = new Map<string, OfficePdf>();
    beforeAll(async () => {
      for (const { name, procedure } of examples) {
        pdfs.set(name, officePdf(tools as OfficeTools, await packDocx(toDocx(procedure))));
      }
    }, 600_000);

    test.each(examples)(
      "$name reads back completely: steps, code, approvers, legal numbers",
      ({ name, procedure }) => {
        const text = flat(pdfs.get(name)?.text() ?? "");
        for (const step of procedure.steps) expect(text).toContain(flat(step.action));
        expect(text).toContain(procedure.control.code);
        const { preparedBy, reviewedBy, approvedBy } = procedure.control;
        for (const person of [preparedBy, reviewedBy, approvedBy]) {
          if (person?.name) expect(text).toContain(person.name);
        }
        for (const document of procedure.legalBasis) {
          if (document.number) expect(text).toContain(document.number);
        }
      },
    );

    test.each(examples)(
      "$name has the header table on every page and a sane page count",
      ({ name, procedure }) => {
        const pdf = pdfs.get(name);
        expect(pdf?.pages).toBeGreaterThanOrEqual(4);
        expect(pdf?.pages).toBeLessThanOrEqual(10);
        for (let page = 1; page <= (pdf?.pages ?? 0); page++) {
          const text = flat(pdf?.text(page) ?? "");
          expect(text).toContain(`Mã số: ${procedure.control.code}`);
          expect(text).toContain(`Trang: ${page}/${pdf?.pages}`);
        }
      },
    );

    test.each(examples)("$name is set in Liberation Serif only", ({ name }) => {
      for (const font of pdfs.get(name)?.fonts ?? []) expect(font).toMatch(/\+LiberationSerif/);
    });
  },
);
