import { readdir } from "node:fs/promises";
import { describe, expect, test } from "vitest";
import { removeStaleTempFiles } from "../src/render/stale-temp-files.js";
import { tempFolder } from "./temp-folder.js";

describe("removeStaleTempFiles", () => {
  test("removes temporary files of dead processes, keeps those of live ones and other files", async () => {
    // 2^22 + 1 is above Linux's largest pid, so no process has it.
    const dead = 4_194_305;
    const folder = await tempFolder({
      [`.a.docx.${dead}-3.tmp`]: "PK half",
      [`.b.png.${process.pid}-1.tmp`]: "being written by this process",
      [`.c.docx.${process.ppid}-2.tmp`]: "being written by a live process",
      "a.docx": "PK",
      ".quytrinh-build.json": "{}",
    });
    expect(await removeStaleTempFiles(folder)).toBe(1);
    expect((await readdir(folder)).sort()).toEqual([
      `.b.png.${process.pid}-1.tmp`,
      `.c.docx.${process.ppid}-2.tmp`,
      ".quytrinh-build.json",
      "a.docx",
    ]);
  });

  test("a missing folder has nothing to remove", async () => {
    expect(await removeStaleTempFiles("/khong/co/thu-muc")).toBe(0);
  });
});
