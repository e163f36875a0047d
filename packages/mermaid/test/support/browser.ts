import { findTool } from "../../../../test/support/require-tool.js";

/** Chromium for the real-browser tests, or why they are skipped (never skipped under `CI=true`). */
const found = findTool(["/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome"]);

/** The browser's path, when there is one. */
export const chromiumPath = "path" in found ? found.path : undefined;
/** Why the browser tests are skipped, when they are. */
export const skipReason = "skip" in found ? found.skip : undefined;
