import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { win32 } from "node:path";
import type { Lang } from "../messages.js";

/** Environment variables that name a browser, in the order they are read. */
export const BROWSER_ENV_VARS = ["QUYTRINH_BROWSER", "PUPPETEER_EXECUTABLE_PATH", "CHROME_PATH"];

/** Options of `findBrowser`; all but `executablePath` exist so tests can describe another machine. */
export interface FindBrowserOptions {
  /** Use this browser; nothing else is tried. */
  executablePath?: string;
  env?: Readonly<Record<string, string | undefined>>;
  platform?: NodeJS.Platform;
  exists?: (path: string) => boolean;
  /** Where puppeteer keeps its own browser, if it downloaded one; `null` to skip. */
  puppeteerPath?: string | null;
  /** Language of the error message. Default `vi`. */
  lang?: Lang;
}

/** Well-known install paths of Chrome, Chromium and Edge on each platform. */
export function wellKnownBrowserPaths(
  platform: NodeJS.Platform,
  env: Readonly<Record<string, string | undefined>>,
): string[] {
  if (platform === "darwin") {
    return [
      "Google Chrome.app/Contents/MacOS/Google Chrome",
      "Chromium.app/Contents/MacOS/Chromium",
      "Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
    ].map((app) => `/Applications/${app}`);
  }
  if (platform === "win32") {
    const roots = [env.PROGRAMFILES, env["PROGRAMFILES(X86)"], env.LOCALAPPDATA].filter(
      (root): root is string => Boolean(root),
    );
    const apps = [
      "Google\\Chrome\\Application\\chrome.exe",
      "Chromium\\Application\\chrome.exe",
      "Microsoft\\Edge\\Application\\msedge.exe",
    ];
    return roots.flatMap((root) => apps.map((app) => win32.join(root, app)));
  }
  return [
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/usr/bin/google-chrome",
    "/usr/bin/google-chrome-stable",
    "/usr/bin/microsoft-edge",
    "/usr/bin/microsoft-edge-stable",
    "/snap/bin/chromium",
    "/opt/google/chrome/chrome",
  ];
}

/** The browser puppeteer downloaded for itself, when the `puppeteer` package is installed. */
function puppeteerBrowser(): string | undefined {
  try {
    const require = createRequire(import.meta.url);
    const puppeteer = require("puppeteer") as { executablePath(): string };
    return puppeteer.executablePath();
  } catch {
    return undefined;
  }
}

/** How to install a browser, for the error raised when none is found. */
export function installAdvice(lang: Lang = "vi"): string {
  const vars = BROWSER_ENV_VARS.join(", ");
  return lang === "en"
    ? "No Chrome, Chromium or Edge found to draw flowcharts. " +
        "On Debian/Ubuntu: `sudo apt-get install chromium fonts-liberation2` " +
        "(the older fonts-liberation lacks Vietnamese letters). " +
        "On Windows or macOS: install Google Chrome or Microsoft Edge. " +
        `Or set ${vars} to the browser's path.`
    : "Không tìm thấy trình duyệt Chrome, Chromium hoặc Edge để vẽ lưu đồ. " +
        "Trên Debian/Ubuntu: `sudo apt-get install chromium fonts-liberation2` " +
        "(gói fonts-liberation cũ thiếu chữ tiếng Việt). " +
        "Trên Windows hoặc macOS: cài Google Chrome hoặc Microsoft Edge. " +
        `Hoặc đặt biến môi trường ${vars} là đường dẫn tới trình duyệt.`;
}

/**
 * Finds a Chromium-family browser: the explicit option, then an environment variable, then
 * puppeteer's own browser, then well-known paths. Throws with install advice when none exists.
 */
export function findBrowser(options: FindBrowserOptions = {}): string {
  const exists = options.exists ?? existsSync;
  const env = options.env ?? process.env;
  if (options.executablePath !== undefined) {
    if (exists(options.executablePath)) return options.executablePath;
    throw new Error(`${options.executablePath}: ${installAdvice(options.lang)}`);
  }
  const fromEnv = BROWSER_ENV_VARS.map((name) => env[name]).filter((path): path is string =>
    Boolean(path),
  );
  const own = options.puppeteerPath === undefined ? puppeteerBrowser() : options.puppeteerPath;
  const candidates = [
    ...fromEnv,
    ...(own ? [own] : []),
    ...wellKnownBrowserPaths(options.platform ?? process.platform, env),
  ];
  const found = candidates.find((path) => exists(path));
  if (found === undefined) throw new Error(installAdvice(options.lang));
  return found;
}
