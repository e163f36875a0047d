import { describe, expect, test } from "vitest";
import { findBrowser, installAdvice, wellKnownBrowserPaths } from "../src/index.js";

/** A machine where exactly these paths exist. */
const machine = (...paths: string[]) => ({
  exists: (path: string) => paths.includes(path),
  env: {},
  platform: "linux" as const,
  puppeteerPath: null,
});

describe("findBrowser", () => {
  test("an explicit path wins over everything else", () => {
    const options = {
      ...machine("/opt/my-chrome", "/usr/bin/chromium"),
      executablePath: "/opt/my-chrome",
    };
    expect(findBrowser({ ...options, env: { QUYTRINH_BROWSER: "/usr/bin/chromium" } })).toBe(
      "/opt/my-chrome",
    );
  });

  test("an explicit path that does not exist is an error, not a silent fallback", () => {
    const options = { ...machine("/usr/bin/chromium"), executablePath: "/nowhere/chrome" };
    expect(() => findBrowser(options)).toThrow(/^\/nowhere\/chrome: Không tìm thấy trình duyệt/);
  });

  test("environment variables come next, QUYTRINH_BROWSER first", () => {
    const env = { CHROME_PATH: "/c", PUPPETEER_EXECUTABLE_PATH: "/p", QUYTRINH_BROWSER: "/q" };
    expect(findBrowser({ ...machine("/c", "/p", "/q", "/usr/bin/chromium"), env })).toBe("/q");
    expect(findBrowser({ ...machine("/c", "/p", "/usr/bin/chromium"), env })).toBe("/p");
  });

  test("puppeteer's own browser comes before the well-known paths", () => {
    const options = {
      ...machine("/cache/chrome", "/usr/bin/chromium"),
      puppeteerPath: "/cache/chrome",
    };
    expect(findBrowser(options)).toBe("/cache/chrome");
  });

  test("then the well-known paths of the platform", () => {
    expect(findBrowser(machine("/usr/bin/google-chrome"))).toBe("/usr/bin/google-chrome");
    const mac = {
      ...machine("/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge"),
      platform: "darwin" as const,
    };
    expect(findBrowser(mac)).toBe("/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge");
    const edge = "C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe";
    const windows = {
      ...machine(edge),
      platform: "win32" as const,
      env: { PROGRAMFILES: "C:\\Program Files", "PROGRAMFILES(X86)": "C:\\Program Files (x86)" },
    };
    expect(findBrowser(windows)).toBe(edge);
  });

  test("no browser at all is an error that says how to install one, in Vietnamese by default", () => {
    expect(() => findBrowser(machine())).toThrow(installAdvice("vi"));
    expect(installAdvice("vi")).toContain("apt-get install chromium fonts-liberation2");
    expect(() => findBrowser({ ...machine(), lang: "en" })).toThrow(
      /^No Chrome, Chromium or Edge found.*apt-get install chromium fonts-liberation2.*QUYTRINH_BROWSER/,
    );
  });

  test("lists Chrome, Chromium and Edge for every platform", () => {
    for (const platform of ["linux", "darwin", "win32"] as const) {
      const paths = wellKnownBrowserPaths(platform, { PROGRAMFILES: "C:\\Program Files" }).join(
        " ",
      );
      expect(paths).toMatch(/chrome/i);
      expect(paths).toMatch(/chromium/i);
      expect(paths).toMatch(/edge/i);
    }
  });
});
