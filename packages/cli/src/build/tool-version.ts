import { readFileSync } from "node:fs";

/**
 * The version of `@quytrinh/cli`, read from its package.json: two folders up from `src/build/`,
 * one folder up from the bundle in `dist/`.
 */
export function toolVersion(): string {
  const path = import.meta.url.endsWith(".ts") ? "../../package.json" : "../package.json";
  const data = JSON.parse(readFileSync(new URL(path, import.meta.url), "utf8")) as {
    version?: string;
  };
  return data.version ?? "0.0.0";
}
