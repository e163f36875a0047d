import { readFileSync } from "node:fs";
import { tempFolder } from "./temp-folder.js";

/** The text of one of the repository's examples, e.g. `dang-ky-khai-sinh`. */
export function exampleText(name: string): string {
  return readFileSync(new URL(`../../../examples/${name}.md`, import.meta.url), "utf8");
}

/** The birth-registration example with step B5 left without a responsible actor. */
export function birthWithoutActor(): string {
  const text = exampleText("dang-ky-khai-sinh");
  const changed = text.replace(
    "| Chủ tịch UBND xã            | 1 giờ",
    "|                             | 1 giờ",
  );
  if (changed === text) throw new Error("the example no longer has the B5 row this test edits");
  return changed;
}

/** A temporary folder holding `files` plus the example `birth.md` without B5's actor. */
export function folderWithBrokenBirth(files: Record<string, string> = {}): Promise<string> {
  return tempFolder({ "birth.md": birthWithoutActor(), ...files });
}
