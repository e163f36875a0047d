import { Document, Paragraph, TextRun } from "docx";
import { expect, test } from "vitest";
import { docxParts, partCompiler } from "../src/pack/docx-parts.js";

const document = () =>
  new Document({
    creator: "quytrinh",
    sections: [{ children: [new Paragraph({ children: [new TextRun("Bước 1")] })] }],
  });

/** The parts by path, the creation times blanked. */
function undated(parts: [string, Uint8Array][]): Map<string, string> {
  const decoder = new TextDecoder();
  return new Map(
    parts.map(([path, data]) => [path, decoder.decode(data).replace(/(W3CDTF">)[^<]+</g, "$1<")]),
  );
}

test("docx's compiler is found where docx 9.15 keeps it", () => {
  expect(partCompiler).toBeDefined();
});

test("the parts from docx's compiler are the parts in the zip Packer.pack makes", async () => {
  const compiled = undated(await docxParts(document(), "compiler"));
  const unzipped = undated(await docxParts(document(), "zip"));
  expect([...compiled.keys()].sort()).toEqual([...unzipped.keys()].sort());
  expect(compiled).toEqual(unzipped);
});
