/** Chromium for the real-browser tests, or why they are skipped (never skipped under `CI=true`). */
export {
  chromiumPath,
  skipReason,
  TEST_LAUNCH_ARGS,
} from "../../../../test/support/chromium.js";
