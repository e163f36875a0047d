import { packDocx } from "@quytrinh/docx";
import { describe, expect, test } from "vitest";
import { docxPart, prettyXml, stableDrawingIds } from "../../docx/test/support/docx-parts.js";
import { answerKeyDocument, createExercise, type Exercise, handoutDocument } from "../src/index.js";
import { KHAI_SINH } from "./support/examples.js";

/** The goldens were written by docx's own compiler, before `@quytrinh/docx` wrote these parts. */
const GOLDEN = new URL("./golden/", import.meta.url).pathname;

async function documentXml(bytes: Uint8Array): Promise<string> {
  return prettyXml(stableDrawingIds(await docxPart(bytes, "word/document.xml")));
}

describe("word/document.xml of the handout and the answer key", { timeout: 60_000 }, () => {
  for (const kind of ["order", "blanks", "errors"] as const) {
    const exercise = () => createExercise(KHAI_SINH, kind, { seed: 2 }).exercise as Exercise;

    test(`the ${kind} handout`, async () => {
      const bytes = await packDocx(handoutDocument(exercise(), { procedureFile: "x.docx" }));
      await expect(await documentXml(bytes)).toMatchFileSnapshot(
        `${GOLDEN}${kind}-handout.document.xml`,
      );
    });

    test(`the ${kind} answer key`, async () => {
      const bytes = await packDocx(answerKeyDocument(exercise()));
      await expect(await documentXml(bytes)).toMatchFileSnapshot(
        `${GOLDEN}${kind}-answer-key.document.xml`,
      );
    });
  }
});
