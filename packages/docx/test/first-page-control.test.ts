import type { Procedure } from "@quytrinh/core";
import { describe, expect, test } from "vitest";
import { khaiSinh } from "./models/khai-sinh.js";
import { build } from "./support/build.js";
import { wordParagraphs } from "./support/word-xml.js";

function withControl(extra: Partial<Procedure["control"]>): Procedure {
  const procedure = khaiSinh();
  return { ...procedure, control: { ...procedure.control, ...extra } };
}

/** The text of the paragraph right after the title (the "Kèm theo" line). */
async function attachedLine(procedure: Procedure): Promise<string> {
  const { document } = await build(procedure, { flowchart: "none" });
  const paragraphs = wordParagraphs(document).map((paragraph) => paragraph.text);
  return paragraphs[paragraphs.indexOf("ĐĂNG KÝ KHAI SINH") + 1] ?? "";
}

/** The rows of the distribution table, each cell's text joined by `|`, after its heading. */
async function distributionRows(procedure: Procedure): Promise<string[]> {
  const { document } = await build(procedure, { flowchart: "none" });
  const after = document.split("PHÂN PHỐI TÀI LIỆU")[1] ?? "";
  const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(after)?.[0] ?? "";
  return [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map(([row]) =>
    [...row.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)]
      .map(([cell]) =>
        wordParagraphs(cell)
          .map((paragraph) => paragraph.text)
          .join(" "),
      )
      .join("|"),
  );
}

describe("the issuing decision under the title", { timeout: 60_000 }, () => {
  test("dots to fill in by hand when the front matter names no decision", async () => {
    expect(await attachedLine(khaiSinh())).toBe(
      "(Kèm theo Quyết định số ……/QĐ-…… ngày …/…/…… của ……………………)",
    );
  });

  test("a decision written out in the front matter", async () => {
    const decision = "Quyết định số 15/QĐ-UBND ngày 20/02/2026 của Chủ tịch UBND xã Tân Trường";
    expect(await attachedLine(withControl({ decision }))).toBe(`(Kèm theo ${decision})`);
  });

  test("a decision given by number, date and issuer", async () => {
    const decision = { number: "15/QĐ-UBND", date: "2026-02-20", issuer: "Chủ tịch UBND xã" };
    expect(await attachedLine(withControl({ decision }))).toBe(
      "(Kèm theo Quyết định số 15/QĐ-UBND ngày 20/02/2026 của Chủ tịch UBND xã)",
    );
  });

  test("only the number", async () => {
    expect(await attachedLine(withControl({ decision: "15/QĐ-UBND" }))).toBe(
      "(Kèm theo Quyết định số 15/QĐ-UBND)",
    );
  });
});

describe("the distribution table", { timeout: 60_000 }, () => {
  test("one row per recipient of controlled copies", async () => {
    const procedure = withControl({
      distribution: [
        { recipient: "Chủ tịch UBND xã", copies: 1, medium: "Bản giấy" },
        { recipient: "Bộ phận Một cửa", medium: "M" },
      ],
    });
    expect(await distributionRows(procedure)).toEqual([
      "TT|Nơi nhận|Số bản|Hình thức",
      "1|Chủ tịch UBND xã|01|Bản giấy",
      "2|Bộ phận Một cửa||M",
    ]);
  });

  test("numbered empty rows to fill in when the front matter lists none", async () => {
    expect(await distributionRows(khaiSinh())).toEqual([
      "TT|Nơi nhận|Số bản|Hình thức",
      "1|||",
      "2|||",
    ]);
  });
});
