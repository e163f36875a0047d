/** Chromium for the real-browser tests, or why they are skipped (never skipped under `CI=true`). */
export { chromiumPath, skipReason } from "../../../../test/support/chromium.js";
