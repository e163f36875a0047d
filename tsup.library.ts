import { defineConfig, type Options } from "tsup";

/** How a library package is bundled: `src/index.ts` as ESM for Node 20, with its types. */
export const libraryOptions = {
  entry: ["src/index.ts"],
  format: ["esm"],
  dts: true,
  clean: true,
  target: "node20",
} satisfies Options;

export default defineConfig(libraryOptions);
