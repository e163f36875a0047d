/**
 * Chromium flags for rendering: headless, no GPU, no sandbox (so it runs as root in containers)
 * and nothing that reaches the network on its own.
 */
export const LAUNCH_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
  "--font-render-hinting=none",
];
