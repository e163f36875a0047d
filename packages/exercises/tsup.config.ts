// Every library package is bundled the same way: see the repository root.
export { default } from "../../tsup.library.js";
