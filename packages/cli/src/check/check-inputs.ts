import type { CliOverrides } from "../config/file-settings.js";
import { createSettingsResolver } from "../config/file-settings.js";
import { discoverFiles } from "../files/discover-files.js";
import type { FileReport } from "../report/file-report.js";
import { type CheckOptions, checkFile } from "./check-file.js";

/**
 * Expands the inputs and checks every file in turn with the settings of its nearest config file;
 * one bad file never stops the others. A config or registry file that cannot be used is reported
 * as a file of its own, just before the first input it governs.
 */
export async function checkInputs(
  inputs: readonly string[],
  cwd: string,
  overrides: CliOverrides,
  options: CheckOptions,
): Promise<FileReport[]> {
  const found = await discoverFiles(inputs, cwd, options.messages);
  const settingsOf = createSettingsResolver(overrides, cwd, options.messages);
  const reports: FileReport[] = [];
  for (const input of found) {
    const settings = await settingsOf(input.path);
    reports.push(...settings.problems, await checkFile(input, settings, options));
  }
  return reports;
}
