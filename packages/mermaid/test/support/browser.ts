import { chromiumPath } from "../../../../test/support/chromium.js";
import { createRenderer, type Renderer } from "../../src/index.js";

/** Chromium for the real-browser tests, or why they are skipped (never skipped under `CI=true`). */
export {
  chromiumPath,
  skipReason,
  TEST_LAUNCH_ARGS,
} from "../../../../test/support/chromium.js";

/** A renderer with one browser: the tests' Chromium when found, else the renderer's own search. */
export function oneBrowserRenderer(): Promise<Renderer> {
  return createRenderer({
    browsers: 1,
    ...(chromiumPath ? { executablePath: chromiumPath } : {}),
  });
}
