/**
 * Whether to colour the output: only on a terminal, and never when `NO_COLOR` is set to a
 * non-empty value (https://no-color.org).
 */
export function shouldColor(
  isTTY: boolean | undefined,
  env: Record<string, string | undefined>,
): boolean {
  return isTTY === true && (env.NO_COLOR ?? "") === "";
}
