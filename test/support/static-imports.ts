import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** `import … from "x"` and `import "x"` at the top of a module; `import("x")` is not matched. */
const STATIC_IMPORT = /^import\s+(?:[^"';]*?\s+from\s+)?["']([^"']+)["'];?$/gm;

/**
 * The packages a bundled module loads before it runs: its static imports of other packages,
 * followed through the static imports of the bundle's own chunks (`./chunk-….js`). Chunks loaded
 * with a dynamic `import()` are left out, as they are loaded only when their code runs.
 */
export function staticPackageImports(entry: string): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, specifier = ""] of readFileSync(file, "utf8").matchAll(STATIC_IMPORT)) {
      if (specifier.startsWith(".")) visit(join(dirname(file), specifier));
      else packages.add(specifier);
    }
  };
  visit(entry);
  return packages;
}
