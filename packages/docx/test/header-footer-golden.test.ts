import { describe, expect, test } from "vitest";
import { packDocx, paragraph, quytrinhDocument, safeRun, toDocx } from "../src/index.js";
import { hostileProcedure } from "./models/hostile.js";
import { khaiSinh } from "./models/khai-sinh.js";
import { docxPart, prettyXml } from "./support/docx-parts.js";
import { fixtureModel } from "./support/fixtures.js";

/** The goldens were written by docx's own compiler before the package wrote these parts itself. */
const GOLDEN = new URL("./golden/", import.meta.url).pathname;

async function part(bytes: Promise<Uint8Array>, path: string): Promise<string> {
  return prettyXml(await docxPart(await bytes, path));
}

describe("header and footer parts match what docx wrote", { timeout: 60_000 }, () => {
  const headers = {
    "khai-sinh": khaiSinh,
    hostile: hostileProcedure,
    "english-document": () => fixtureModel("english-document"),
    "front-matter-missing": () => fixtureModel("front-matter-missing"),
  };
  for (const [name, procedure] of Object.entries(headers)) {
    test(`the header table of ${name}`, async () => {
      const xml = await part(packDocx(toDocx(procedure())), "word/header1.xml");
      await expect(xml).toMatchFileSnapshot(`${GOLDEN}${name}.header1.xml`);
    });
  }

  for (const lang of ["vi", "en"] as const) {
    test(`the page-number footer of quytrinhDocument (${lang})`, async () => {
      const document = quytrinhDocument([paragraph({}, [safeRun("x")])], { title: "T", lang });
      const xml = await part(packDocx(document), "word/footer1.xml");
      const name = lang === "vi" ? "quytrinh-document" : "quytrinh-document-en";
      await expect(xml).toMatchFileSnapshot(`${GOLDEN}${name}.footer1.xml`);
    });
  }
});
