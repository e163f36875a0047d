import type { Language } from "@quytrinh/core";

/**
 * The language asked for by `--lang` anywhere in `argv`, read before commander parses it, so that
 * help and usage errors already speak it; `vi` when absent or not a supported language.
 */
export function languageFromArgv(argv: readonly string[]): Language {
  let value: string | undefined;
  argv.forEach((arg, index) => {
    if (arg === "--lang") value = argv[index + 1];
    else if (arg.startsWith("--lang=")) value = arg.slice("--lang=".length);
  });
  return value === "en" ? "en" : "vi";
}
