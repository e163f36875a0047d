import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Procedure } from "@quytrinh/core";
import { fromMarkdown } from "@quytrinh/markdown";

const folder = fileURLToPath(new URL("../../../../examples/", import.meta.url));

/** Every example procedure of the repository, parsed, by file name. */
export const examples: ReadonlyArray<readonly [name: string, procedure: Procedure]> = readdirSync(
  folder,
)
  .filter((name) => name.endsWith(".md"))
  .sort()
  .map((name) => [name, fromMarkdown(readFileSync(folder + name, "utf8")).procedure] as const);

/** The birth-registration example, the one the docs show. */
export function birthRegistration(): Procedure {
  const found = examples.find(([name]) => name === "dang-ky-khai-sinh.md");
  if (!found) throw new Error("examples/dang-ky-khai-sinh.md is missing");
  return found[1];
}
