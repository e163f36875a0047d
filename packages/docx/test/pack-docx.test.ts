import JSZip from "jszip";
import { describe, expect, test } from "vitest";
import { type FlowchartImage, fixedTable, packDocx, paragraph, toDocx } from "../src/index.js";
import { khaiSinh } from "./models/khai-sinh.js";
import { largeProcedure } from "./models/large-procedure.js";

/** The path of the first local file header of a zip file (APPNOTE 4.3.7: name at offset 30). */
function firstEntryName(bytes: Uint8Array): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  expect(view.getUint32(0, true)).toBe(0x04034b50);
  const length = view.getUint16(26, true);
  return new TextDecoder().decode(bytes.subarray(30, 30 + length));
}

/** Every part of a DOCX, as text or bytes, read with CRC checks by JSZip, an independent reader. */
async function partsOf(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  const text = new Map<string, string>();
  const binary = new Map<string, Uint8Array>();
  for (const file of Object.values(zip.files)) {
    if (file.dir) continue;
    if (file.name.startsWith("word/media/")) binary.set(file.name, await file.async("uint8array"));
    else text.set(file.name, await file.async("string"));
  }
  return { text, binary };
}

/** The targets of the image relationships of the main document, by relationship id. */
function imageTargets(relationships: string): Map<string, string> {
  const pattern = /<Relationship Id="(rId\d+)" Type="[^"]*\/image" Target="([^"]+)"\/>/g;
  return new Map(
    [...relationships.matchAll(pattern)].map(([, id = "", target = ""]) => [id, target]),
  );
}

const PNG = Uint8Array.from([137, 80, 78, 71, 13, 10, 26, 10, 0, 0, 0, 13, 73, 72, 68, 82]);
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200"/>';

describe("packDocx", { timeout: 60_000 }, () => {
  test("puts [Content_Types].xml first in the zip", async () => {
    const bytes = await packDocx(toDocx(khaiSinh()));
    expect(firstEntryName(bytes)).toBe("[Content_Types].xml");
  });

  test("writes each flowchart page as a drawing in word/document.xml", async () => {
    const { text } = await partsOf(await packDocx(toDocx(largeProcedure(40))));
    const document = text.get("word/document.xml") ?? "";
    expect(document.match(/<w:drawing>/g)?.length).toBeGreaterThan(1);
    expect(document).not.toContain("\u0001");
  });

  test("compresses the parts: the .docx is much smaller than its XML", async () => {
    const bytes = await packDocx(toDocx(largeProcedure(40)));
    const { text } = await partsOf(bytes);
    const xmlBytes = [...text.values()].reduce((sum, part) => sum + part.length, 0);
    expect(bytes.length).toBeLessThan(xmlBytes / 4);
  });

  test("packs the same document twice to the same parts, core properties aside", async () => {
    const document = toDocx(khaiSinh());
    const first = (await partsOf(await packDocx(document))).text;
    const second = (await partsOf(await packDocx(document))).text;
    first.delete("docProps/core.xml");
    second.delete("docProps/core.xml");
    expect(second).toEqual(first);
  });

  const images: Record<string, FlowchartImage> = {
    "a PNG": { png: PNG, width: 900, height: 1400 },
    "an SVG with its PNG": { png: PNG, svg: SVG, width: 300, height: 200 },
  };
  for (const [name, image] of Object.entries(images)) {
    test(`embeds ${name} with relationships that name the pictures in the package`, async () => {
      const bytes = await packDocx(toDocx(khaiSinh(), { flowchart: "image", image }));
      const { text, binary } = await partsOf(bytes);
      const targets = imageTargets(text.get("word/_rels/document.xml.rels") ?? "");
      const embedded = [...(text.get("word/document.xml") ?? "").matchAll(/r:embed="([^"]+)"/g)];
      expect(embedded.length).toBe(image.svg === undefined ? 1 : 2);
      for (const [, id = ""] of embedded) {
        expect(binary.has(`word/${targets.get(id)}`), id).toBe(true);
      }
      expect(binary.get("word/media/image1.png")).toEqual(PNG);
      if (image.svg) {
        expect(new TextDecoder().decode(binary.get("word/media/image1.svg"))).toBe(SVG);
      }
    });
  }

  test("a paragraph with pictures is refused in a table cell or a header, where they would be lost", async () => {
    const picture = paragraph({}, [], [{ extension: "png", data: PNG }]);
    expect(() => fixedTable({ widths: [9000], rows: [[[picture]]] })).toThrow(RangeError);
    const header = { body: [], header: [picture], properties: { creator: "x", title: "x" } };
    await expect(packDocx(header)).rejects.toThrow("directly in the document body");
  });
});
