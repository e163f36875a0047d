import JSZip from "jszip";
import { expect, test } from "vitest";
import {
  fflateDeflatedEntry,
  nativeDeflatedEntry,
  reusableEntry,
  type ZipEntry,
} from "../src/pack/deflated-entry.js";
import { zipEntries } from "../src/pack/zip-entries.js";

const encoder = new TextEncoder();
const FILES: [string, Uint8Array][] = [
  ["[Content_Types].xml", encoder.encode("<Types/>")],
  [
    "word/document.xml",
    encoder.encode(`<w:document>${"<w:p>Đăng ký khai sinh</w:p>".repeat(2000)}</w:document>`),
  ],
  ["word/empty.xml", new Uint8Array(0)],
  ["word/media/noise.bin", Uint8Array.from({ length: 4096 }, (_, index) => (index * 7919) % 251)],
];

async function readBack(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  const names = Object.keys(zip.files);
  const contents = await Promise.all(names.map((name) => zip.files[name]?.async("uint8array")));
  return { names, contents };
}

const entries: [string, ((path: string, data: Uint8Array) => ZipEntry) | undefined][] = [
  ["Node's native zlib", nativeDeflatedEntry],
  ["fflate, as in a browser", fflateDeflatedEntry],
];

for (const [name, entryOf] of entries) {
  test(`zips with ${name}: files come back whole, CRCs right, in the order given`, async () => {
    expect(entryOf).toBeDefined();
    const bytes = zipEntries(FILES.map(([path, data]) => entryOf?.(path, data) as ZipEntry));
    const { names, contents } = await readBack(bytes);
    expect(names).toEqual(FILES.map(([path]) => path));
    expect(contents).toEqual(FILES.map(([, data]) => data));
    expect(bytes.length).toBeLessThan(FILES[1]?.[1].length ?? 0);
  });
}

test("a reusable entry compressed once zips whole in two packages", async () => {
  const makers = FILES.map(([path, data]) => reusableEntry(path, data));
  for (let round = 0; round < 2; round++) {
    const { names, contents } = await readBack(zipEntries(makers.map((make) => make())));
    expect(names).toEqual(FILES.map(([path]) => path));
    expect(contents).toEqual(FILES.map(([, data]) => data));
  }
});
