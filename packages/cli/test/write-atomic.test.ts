import { mkdir, readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { pendingTempFiles, writeAtomic } from "../src/render/write-atomic.js";
import { tempFolder } from "./temp-folder.js";

describe("writeAtomic", () => {
  test("replaces an existing file and leaves nothing else in the folder", async () => {
    const folder = await tempFolder({ "a.mmd": "old" });
    await writeAtomic(join(folder, "a.mmd"), "new");
    expect(await readFile(join(folder, "a.mmd"), "utf8")).toBe("new");
    expect(await readdir(folder)).toEqual(["a.mmd"]);
    expect(pendingTempFiles.size).toBe(0);
  });

  test("a failed rename (the target is a folder) throws and removes its temporary file", async () => {
    const folder = await tempFolder({});
    await mkdir(join(folder, "a.png"));
    await expect(writeAtomic(join(folder, "a.png"), new Uint8Array([1, 2]))).rejects.toThrow();
    expect(await readdir(folder)).toEqual(["a.png"]);
    expect(pendingTempFiles.size).toBe(0);
  });
});
