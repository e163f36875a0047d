import { describe, expect, test } from "vitest";
import { expandGlob, isGlob } from "../src/files/expand-glob.js";
import { tempFolder } from "./temp-folder.js";

describe("expandGlob", () => {
  const files = {
    "a.md": "",
    "b.MD": "",
    "c.txt": "",
    ".an.md": "",
    "xa/d1.md": "",
    "xa/d2.md": "",
    "xa/sau/e.md": "",
    "xa/.git/f.md": "",
    "node_modules/g.md": "",
  };

  test("`*`, `?` and `[...]` match within one segment, never hidden files", async () => {
    const root = await tempFolder(files);
    expect(await expandGlob("*.md", root)).toEqual(["a.md"]);
    expect(await expandGlob("*.[mM][dD]", root)).toEqual(["a.md", "b.MD"]);
    expect(await expandGlob("xa/d?.md", root)).toEqual(["xa/d1.md", "xa/d2.md"]);
    expect(await expandGlob("xa/d[!1].md", root)).toEqual(["xa/d2.md"]);
  });

  test("`**` crosses folders but skips dot folders and node_modules; only .md files come back", async () => {
    const root = await tempFolder(files);
    expect(await expandGlob("**/*", root)).toEqual([
      "a.md",
      "b.MD",
      "xa/d1.md",
      "xa/d2.md",
      "xa/sau/e.md",
    ]);
    expect(await expandGlob(`${root}/xa/**/e.md`, "/")).toEqual([`${root}/xa/sau/e.md`]);
  });

  test("a pattern under a missing folder matches nothing", async () => {
    const root = await tempFolder(files);
    expect(await expandGlob("khong/*.md", root)).toEqual([]);
  });

  test("isGlob tells patterns from plain paths", () => {
    expect([isGlob("xa/*.md"), isGlob("a?.md"), isGlob("[ab].md"), isGlob("xa/a.md")]).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });
});
