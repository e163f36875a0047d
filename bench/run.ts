import { readdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";

/**
 * `pnpm bench [name...]`: runs every `bench/<name>.bench.ts` module in turn, or only those named.
 * Each module's default export runs its measurements and prints its own table.
 */
const folder = fileURLToPath(new URL(".", import.meta.url));
const suffix = ".bench.ts";
const available = (await readdir(folder))
  .filter((file) => file.endsWith(suffix))
  .map((file) => file.slice(0, -suffix.length))
  .sort();
const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !available.includes(name));
if (unknown.length > 0) {
  console.error(`Unknown benchmark ${unknown.join(", ")}; available: ${available.join(", ")}`);
  process.exit(2);
}
for (const name of wanted.length > 0 ? wanted : available) {
  console.log(`\n## ${name}\n`);
  const module = (await import(`./${name}${suffix}`)) as { default: () => Promise<void> };
  await module.default();
}
