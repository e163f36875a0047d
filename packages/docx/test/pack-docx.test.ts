import { Packer } from "docx";
import JSZip from "jszip";
import { describe, expect, test } from "vitest";
import { packDocx, toDocx } from "../src/index.js";
import { hostileProcedure } from "./models/hostile.js";
import { khaiSinh } from "./models/khai-sinh.js";
import { largeProcedure } from "./models/large-procedure.js";
import { stableDrawingIds } from "./support/docx-parts.js";

/** Core properties carry the time the document was made; every other part must match exactly. */
const DATED = "docProps/core.xml";

/** The path of the first local file header of a zip file (APPNOTE 4.3.7: name at offset 30). */
function firstEntryName(bytes: Uint8Array): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  expect(view.getUint32(0, true)).toBe(0x04034b50);
  const length = view.getUint16(26, true);
  return new TextDecoder().decode(bytes.subarray(30, 30 + length));
}

/** Every part of a DOCX as text, read with CRC checks by JSZip, an independent zip reader. */
async function partsOf(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  const parts = new Map<string, string>();
  for (const file of Object.values(zip.files)) {
    if (!file.dir) parts.set(file.name, stableDrawingIds(await file.async("string")));
  }
  return parts;
}

describe("packDocx", { timeout: 60_000 }, () => {
  const cases = {
    "the birth-registration model": khaiSinh,
    "a 40-step procedure over several flowchart pages": () => largeProcedure(40),
    "hostile text in every field": hostileProcedure,
  };

  for (const [name, procedure] of Object.entries(cases)) {
    test(`writes the same parts as docx's own Packer for ${name}`, async () => {
      const document = toDocx(procedure());
      const ours = await partsOf(await packDocx(document));
      const docx = await partsOf(await Packer.pack(document, "uint8array"));
      expect([...ours.keys()].sort()).toEqual([...docx.keys()].sort());
      for (const [path, text] of docx) {
        if (path !== DATED) expect(ours.get(path), path).toBe(text);
      }
    });
  }

  test("puts [Content_Types].xml first in the zip", async () => {
    const bytes = await packDocx(toDocx(khaiSinh()));
    expect(firstEntryName(bytes)).toBe("[Content_Types].xml");
  });

  test("writes the flowchart drawings in place of every splice placeholder", async () => {
    const parts = await partsOf(await packDocx(toDocx(largeProcedure(40))));
    const document = parts.get("word/document.xml") ?? "";
    expect(document).not.toContain("quytrinh-splice");
    expect(document.match(/<w:drawing>/g)?.length).toBeGreaterThan(1);
  });

  test("compresses the parts: the .docx is much smaller than its XML", async () => {
    const bytes = await packDocx(toDocx(largeProcedure(40)));
    const parts = await partsOf(bytes);
    const xmlBytes = [...parts.values()].reduce((sum, text) => sum + text.length, 0);
    expect(bytes.length).toBeLessThan(xmlBytes / 4);
  });
});
