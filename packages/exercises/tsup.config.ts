import { defineConfig } from "tsup";
import { libraryOptions } from "../../tsup.library.js";

// `formats` is published alone (`@quytrinh/exercises/formats`) so the CLI can check `--format`
// at start-up without loading the Word, draw.io and Mermaid publishers.
export default defineConfig({
  ...libraryOptions,
  entry: { index: "src/index.ts", "exercise-formats": "src/exercise-formats.ts" },
});
