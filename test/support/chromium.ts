import { findTool } from "./require-tool.js";

const found = findTool([
  "/usr/bin/chromium",
  "chromium",
  "chromium-browser",
  "google-chrome",
  "google-chrome-stable",
]);

/** The Chromium the real-browser tests use, when there is one. */
export const chromiumPath = "path" in found ? found.path : undefined;

/** Why the real-browser tests are skipped, when they are (never under `CI=true`). */
export const skipReason = "skip" in found ? found.skip : undefined;

/** Chromium flags that work as root on a closed network (see TECH.md), for test-only browsers. */
export const TEST_LAUNCH_ARGS = [
  "--no-sandbox",
  "--headless",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];
