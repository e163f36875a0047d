import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";

const core = fileURLToPath(new URL("..", import.meta.url));
const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");

test("README.md shows the example script as it is", () => {
  const script = readFileSync(new URL("../scripts/readme-example.ts", import.meta.url), "utf8");
  expect(readme).toContain(script.split("\n").slice(1).join("\n"));
});

test("README.md shows the exact output of the example script", () => {
  const output = execFileSync(
    process.execPath,
    ["--conditions=source", "--import", "tsx", "scripts/readme-example.ts"],
    { cwd: core, encoding: "utf8" },
  );
  expect(readme).toContain(`\`\`\`text\n${output}\`\`\``);
});
