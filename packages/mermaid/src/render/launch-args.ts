/**
 * Chromium flags for rendering: headless, no GPU, no sandbox (so it runs as root in containers)
 * and nothing that reaches the network on its own. The last three save memory (RSS summed over the
 * processes, Chromium 156): no zygote processes (about 150 MB), the GPU thread inside the browser
 * process instead of a GPU process (80 MB), no spare renderer kept warm (80 MB) and no renderer
 * for the omnibox pop-ups that headless Chrome preloads but never shows (180 MB). Unknown feature
 * names are ignored by other versions. `--no-zygote` is only allowed with `--no-sandbox`.
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
  "--no-zygote",
  "--in-process-gpu",
  "--disable-features=SpareRendererForSitePerProcess,WebUIOmniboxPopup,WebUIOmniboxAimPopup",
];
