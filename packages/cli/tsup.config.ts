import { defineConfig } from "tsup";
import { libraryOptions } from "../../tsup.library.js";

export default defineConfig({
  ...libraryOptions,
  // `build-worker` is the worker thread of `quytrinh build`: it must sit next to the chunk that
  // starts it (dist/), which `build/worker-script.ts` finds as `./build-worker.js`.
  entry: {
    index: "src/index.ts",
    bin: "src/bin.ts",
    "build-worker": "src/build/build-worker.ts",
  },
  dts: { entry: { index: "src/index.ts" } },
});
