import { parseLegalCitation } from "@quytrinh/core";
import { expect, test } from "vitest";
import { legalCitation } from "../src/body/handlers/legal-basis.js";

test("a parsed citation is written type, number, date, issuer, title", () => {
  const citation = parseLegalCitation(
    "Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết Luật Hộ tịch.",
  );
  expect(legalCitation(citation)).toBe(
    "Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết Luật Hộ tịch",
  );
});

test("a named document keeps its name after the type", () => {
  const citation = parseLegalCitation("Luật Hộ tịch số 60/2014/QH13 ngày 20/11/2014 của Quốc hội");
  expect(legalCitation(citation)).toBe("Luật Hộ tịch số 60/2014/QH13 ngày 20/11/2014 của Quốc hội");
});

test("an entry without number, date or issuer is shown as written, without its final stop", () => {
  expect(legalCitation({ text: "Nghị quyết của HĐND tỉnh về lệ phí hộ tịch." })).toBe(
    "Nghị quyết của HĐND tỉnh về lệ phí hộ tịch",
  );
});
