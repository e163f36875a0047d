import { isAbsolute, relative } from "node:path";

/** A path as the user would type it: relative inside the working directory, absolute outside. */
export function shownPath(cwd: string, path: string): string {
  const inside = relative(cwd, path);
  if (inside === "") return ".";
  return inside.startsWith("..") || isAbsolute(inside) ? path : inside;
}
